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

  var ROW = 120, LEFT = 0, WIDTH = 1000, CROSS_GAP = 80, CROSS_COLUMN = 70;

  function stageName(key) { var i = stageKeys.indexOf(key); return i < 0 ? key : stageNames[i]; }

  function layout(data) {
    var rowOf = {};
    data.levels.forEach(function (level, i) { rowOf[level.id] = i; });
    var unscopedRow = data.levels.length;
    var single = {}, cross = [];
    data.communities.forEach(function (c) {
      if (c.levels.length > 1) { cross.push(c); return; }
      var row = c.levels.length === 1 && rowOf[c.levels[0]] !== undefined ? rowOf[c.levels[0]] : unscopedRow;
      (single[row] = single[row] || []).push(c);
    });
    var rows = Object.keys(single).map(Number);
    var lastRow = rows.indexOf(unscopedRow) >= 0 ? unscopedRow : data.levels.length - 1;
    var nodes = [];
    rows.forEach(function (row) {
      var list = single[row];
      list.forEach(function (c, i) {
        nodes.push(node(c, LEFT + (i + 1) * WIDTH / (list.length + 1), row * ROW + ROW / 2, size(c), 'circle'));
      });
    });
    cross.forEach(function (c, i) {
      var rowsSpanned = c.levels.map(function (id) { return rowOf[id]; });
      var top = Math.min.apply(null, rowsSpanned), bottom = Math.max.apply(null, rowsSpanned);
      var x = LEFT + WIDTH + CROSS_GAP + i * CROSS_COLUMN;
      nodes.push(node(c, x, (top + bottom + 1) * ROW / 2, [28, (bottom - top + 1) * ROW - 30], 'roundRect'));
    });
    data.levels.forEach(function (level, i) { nodes.push(label(level.id, level.name, i)); });
    if (rows.indexOf(unscopedRow) >= 0) { nodes.push(label('none', unscoped, unscopedRow)); }
    return { nodes: nodes, lastRow: lastRow };
  }

  function size(c) { return Math.min(44, 12 + Math.sqrt(c.members) * 4); }

  function node(c, x, y, symbolSize, symbol) {
    return {
      id: String(c.id), name: c.name, x: x, y: y, symbol: symbol, symbolSize: symbolSize, community: c,
      itemStyle: { color: palette[Math.max(0, stageKeys.indexOf(c.stage)) % palette.length], borderColor: '#fff', borderWidth: 1 }
    };
  }

  function label(id, name, row) {
    return {
      id: 'level-' + id, name: name, x: LEFT - 150, y: row * ROW + ROW / 2, symbolSize: 1, symbol: 'circle',
      itemStyle: { color: 'transparent' }, silent: true,
      label: { show: true, position: 'right', color: '#1f2430', fontWeight: 'bold', fontSize: 14, formatter: name }
    };
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
      var placed = layout(data);
      container.style.height = Math.max(320, (placed.lastRow + 1) * ROW + 40) + 'px';
      var chart = window.echarts.init(container, null, { renderer: 'canvas' });
      chart.setOption({
        animation: !reduceMotion,
        tooltip: { formatter: function (p) { return p.dataType === 'node' && p.data.community ? p.data.community.name : ''; } },
        series: [{
          type: 'graph', layout: 'none', roam: true, data: placed.nodes, links: links(data),
          label: { show: data.communities.length <= 60, position: 'bottom', fontSize: 11, color: '#1f2430', width: 110, overflow: 'truncate' },
          emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
          lineStyle: { curveness: 0.15 }
        }]
      });
      chart.on('click', function (params) {
        if (params.dataType === 'node' && params.data.community) { showCard(params.data.community); }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      // lets a test (or a curious person at the console) find where a community is drawn
      window.constellationMap = {
        pixelOf: function (id) {
          var n = placed.nodes.filter(function (d) { return d.id === String(id); })[0];
          return n ? chart.convertToPixel({ seriesIndex: 0 }, [n.x, n.y]) : null;
        }
      };
      container.dataset.ready = 'true';
    });
})();
