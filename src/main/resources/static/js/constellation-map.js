// The constellation map: communities in rows by level of scale (the broadest at the top), communities
// across levels as tall boxes over the levels they span, lines for shared members (thicker for more
// people) and, dashed, for shared issues. Drawn with ECharts, served by the app itself. A click on a
// community fills the card beside the map; the table under it holds the same data for keyboard and
// screen-reader use.
(function () {
  'use strict';
  var container = document.getElementById('constellation-map');
  if (!container || !window.echarts) { return; }
  document.documentElement.classList.add('has-map');
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var stageInfo = document.getElementById('stage-names');
  var stageKeys = stageInfo.dataset.keys.split('|');
  var stageNames = stageInfo.dataset.names.split('|');
  var unscoped = stageInfo.dataset.unscoped;
  var palette = ['#8a4b14', '#1d5c8f', '#1e6b3a', '#5b3a8c', '#7a2e2e'];

  var ROW = 110, LABELS = 130, DOT = 30, CROSS_SLOT = 46;

  function stageName(key) { var i = stageKeys.indexOf(key); return i < 0 ? key : stageNames[i]; }

  // Positions in pixels of the drawing itself: two invisible corner points pin the view, so that
  // ECharts draws at scale one and a box across levels is exactly as tall as the rows it spans.
  function layout(data, width) {
    var rowOf = {};
    data.levels.forEach(function (level, i) { rowOf[level.id] = i; });
    var unscopedRow = data.levels.length;
    var single = {}, cross = [];
    data.communities.forEach(function (c) {
      var known = c.levels.filter(function (id) { return rowOf[id] !== undefined; });
      if (known.length > 1) { cross.push(c); return; }
      var row = known.length === 1 ? rowOf[known[0]] : unscopedRow;
      (single[row] = single[row] || []).push(c);
    });
    var rows = single[unscopedRow] ? unscopedRow + 1 : data.levels.length;
    var height = rows * ROW;
    var crossWidth = Math.min(width * 0.4, cross.length * CROSS_SLOT + (cross.length ? 20 : 0));
    var singleWidth = width - LABELS - crossWidth;
    var nodes = [];
    Object.keys(single).forEach(function (key) {
      var row = Number(key), list = single[key];
      var perLine = Math.max(1, Math.floor(singleWidth / DOT));
      var lines = Math.ceil(list.length / perLine);
      list.forEach(function (c, i) {
        var line = Math.floor(i / perLine), inLine = Math.min(perLine, list.length - line * perLine);
        var x = LABELS + ((i % perLine) + 1) * singleWidth / (inLine + 1);
        var y = row * ROW + (line + 1) * ROW / (lines + 1);
        nodes.push(node(c, x, y, size(c), 'circle'));
      });
    });
    cross.forEach(function (c, i) {
      var spanned = c.levels.map(function (id) { return rowOf[id]; }).filter(function (r) { return r !== undefined; });
      var top = Math.min.apply(null, spanned), bottom = Math.max.apply(null, spanned);
      var x = LABELS + singleWidth + 20 + (i + 0.5) * (crossWidth - 20) / cross.length;
      var boxWidth = Math.max(10, Math.min(26, (crossWidth - 20) / cross.length - 8));
      nodes.push(node(c, x, (top + bottom + 1) * ROW / 2, [boxWidth, (bottom - top + 1) * ROW - 24], 'roundRect'));
    });
    nodes.push(corner('top-left', 0, 0), corner('bottom-right', width, height));
    var graphic = [];
    for (var r = 0; r < rows; r++) {
      var name = r < data.levels.length ? data.levels[r].name : unscoped;
      graphic.push({ type: 'text', left: 8, top: r * ROW + ROW / 2 - 9, silent: true,
        style: { text: name, fill: '#1f2430', font: 'bold 14px system-ui, sans-serif' } });
      if (r > 0) {
        graphic.push({ type: 'line', silent: true, shape: { x1: 0, y1: r * ROW, x2: width, y2: r * ROW },
          style: { stroke: '#d9d5cc', lineWidth: 1 } });
      }
    }
    return { nodes: nodes, graphic: graphic, height: height };
  }

  function size(c) { return Math.min(26, 10 + Math.sqrt(c.members) * 2.5); }

  function node(c, x, y, symbolSize, symbol) {
    return {
      id: String(c.id), name: c.name, x: x, y: y, symbol: symbol, symbolSize: symbolSize, community: c,
      itemStyle: { color: palette[Math.max(0, stageKeys.indexOf(c.stage)) % palette.length], borderColor: '#fff', borderWidth: 1 }
    };
  }

  function corner(id, x, y) {
    return { id: id, name: '', x: x, y: y, symbolSize: 0, silent: true, label: { show: false }, itemStyle: { opacity: 0 } };
  }

  function links(data) {
    return data.links.map(function (l) {
      var members = l.sharedMembers;
      return {
        source: String(l.source), target: String(l.target),
        lineStyle: members > 0
          ? { width: Math.min(8, 1 + Math.log2(members + 1)), type: 'solid', color: '#4a5263', opacity: 0.55 }
          : { width: 1, type: 'dashed', color: '#8c8c8c', opacity: 0.45 }
      };
    });
  }

  function showCard(c) {
    var card = document.getElementById('community-card');
    var template = document.getElementById('community-card-template');
    var filled = template.content.cloneNode(true);
    filled.querySelector('.card-name').textContent = c.name;
    filled.querySelector('.card-levels').textContent = c.levelNames.length ? c.levelNames.join(', ') : unscoped;
    filled.querySelector('.card-issues').textContent = c.issues.map(function (i) { return i.name; }).join(', ') || '–';
    filled.querySelector('.card-stage').textContent = stageName(c.stage);
    filled.querySelector('.card-members').textContent = String(c.members);
    filled.querySelector('.card-posts').textContent = String(c.recentPosts);
    filled.querySelector('.card-link').href = container.dataset.communityUrl + c.id;
    Array.prototype.slice.call(card.children).forEach(function (child) {
      if (child !== template && child.id !== 'stage-names') { card.removeChild(child); }
    });
    card.insertBefore(filled, template);
    card.classList.add('open');
  }

  fetch(container.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var chart = null, placed = null;
      function draw() {
        placed = layout(data, container.clientWidth);
        container.style.height = placed.height + 'px';
        if (chart) { chart.resize(); } else { chart = window.echarts.init(container, null, { renderer: 'canvas' }); }
        chart.setOption({
          animation: !reduceMotion,
          graphic: placed.graphic,
          tooltip: { formatter: function (p) { return p.dataType === 'node' && p.data.community ? p.data.community.name : ''; } },
          series: [{
            type: 'graph', layout: 'none', roam: false, left: 0, top: 0, right: 0, bottom: 0,
            data: placed.nodes, links: links(data),
            label: { show: data.communities.length <= 60, position: 'bottom', fontSize: 11, color: '#1f2430', width: 120, overflow: 'truncate' },
            emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
            lineStyle: { curveness: 0.15 }
          }]
        }, true);
      }
      draw();
      chart.on('click', function (params) {
        if (params.dataType === 'node' && params.data.community) { showCard(params.data.community); }
      });
      window.addEventListener('resize', draw);
      // lets a test (or a curious person at the console) find where a community is drawn
      window.constellationMap = {
        pixelOf: function (id) {
          var n = placed.nodes.filter(function (d) { return d.id === String(id); })[0];
          return n ? chart.convertToPixel({ seriesIndex: 0 }, [n.x, n.y]) : null;
        }
      };
      // ready once drawn and still, so that what is clicked is where it is shown
      chart.on('finished', function () { container.dataset.ready = 'true'; });
    });
})();
