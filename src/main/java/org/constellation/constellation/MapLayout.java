package org.constellation.constellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapLink;
import org.constellation.shared.Ref;

/**
 * Where the map draws each community, worked out by the server so that the
 * page, the picture downloaded for slides and a reader without JavaScript see
 * the same map, and the same map every time for the same data.
 *
 * <p>
 * The levels of scale are bands, the broadest at the top. The width is a grid
 * of cells, one community to a cell, its full name wrapped under it: names
 * cannot run into each other because each has its own cell. A community across
 * levels is a bar down one column of the grid through every band it spans, that
 * column kept free for it. Circles and bars are as wide as the square root of
 * their members (their area grows with the members). Past {@link #LABELLED}
 * communities the cells shrink to the circles and names show on hover and focus
 * only.
 */
public final class MapLayout {

	/** How many communities the map names under their circles; past it, compact. */
	public static final int LABELLED = 60;

	private static final double PAD = 8;
	private static final double GAP = 4;
	private static final double BAR_STUB = 28;
	private static final double EMPTY_BAND = 44;

	/** How a picture is laid out: for a wide screen or a slide, or for a phone. */
	public record Frame(int width, int gutter, boolean levelNamesAcross, int cell, int compactCell, double font,
			double minRadius, double maxRadius, double compactMaxRadius, boolean bars) {

		/** A wide screen, or a slide. */
		public static final Frame WIDE = new Frame(960, 118, true, 140, 28, 13, 5, 22, 10, true);

		/**
		 * A phone 390 px wide: level names upright in a narrow gutter, and the
		 * communities across levels in a band of their own at the top, their levels
		 * written under their names (a bar for each would leave no room for the rest).
		 */
		public static final Frame NARROW = new Frame(360, 24, false, 112, 24, 12, 4, 17, 8, false);

		double lineHeight() {
			return Math.round(font * 1.25);
		}
	}

	/** A box on the picture. */
	public record Box(double x, double y, double width, double height) {

		public boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height
					&& other.y < y + height;
		}

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}
	}

	/**
	 * A name in lines, centred on {@code x}; {@code y} is the top of its first
	 * line.
	 */
	public record Label(List<String> lines, List<String> details, double x, double y, double font, double lineHeight,
			Box box) {

		/** Where the first line's letters stand. */
		public double baseline() {
			return y + font * 0.9;
		}
	}

	/** A level of scale: its band across the picture and its name in the gutter. */
	public record Band(String name, List<String> nameLines, double top, double height) {
	}

	/**
	 * A community drawn: a circle at ({@code x}, {@code y}) of radius {@code r}, or
	 * a bar {@code 2r} wide from {@code top} to {@code bottom} centred on
	 * {@code x}.
	 */
	public record Node(MapCommunity community, boolean bar, double x, double y, double r, double top, double bottom,
			Label label) {

		public Box shape() {
			return bar ? new Box(x - r, top, 2 * r, bottom - top) : new Box(x - r, y - r, 2 * r, 2 * r);
		}

		/**
		 * Where a line from this community toward a point at height {@code toY} starts.
		 */
		double[] anchorToward(double toY) {
			if (!bar) {
				return new double[]{x, y};
			}
			return new double[]{x, Math.max(top + r, Math.min(bottom - r, toY))};
		}
	}

	/**
	 * A link drawn as a gentle curve from ({@code x1}, {@code y1}) through the
	 * control point to ({@code x2}, {@code y2}).
	 */
	public record Line(MapLink link, double x1, double y1, double cx, double cy, double x2, double y2, double width,
			boolean dashed) {
	}

	/** The whole picture, in its own units (pixels at a scale of one). */
	public record Picture(Frame frame, double width, double height, boolean labelled, List<Band> bands,
			List<Node> nodes, List<Line> lines) {
	}

	private MapLayout() {
	}

	/**
	 * Lays out the communities by their levels (broadest first; those without a
	 * known level in a last band named {@code noLevel}; on a phone, those across
	 * levels in a first band named {@code acrossLevels}) and the links among them.
	 */
	public static Picture of(Frame frame, List<Ref> levels, List<MapCommunity> communities, List<MapLink> links,
			String noLevel, String acrossLevels) {
		boolean labelled = communities.size() <= LABELLED;
		double cell = labelled ? frame.cell() : frame.compactCell();
		double maxRadius = labelled ? frame.maxRadius() : frame.compactMaxRadius();
		double minRadius = Math.min(frame.minRadius(), maxRadius / 2);
		Set<Long> known = new HashSet<>();
		levels.forEach(l -> known.add(l.id()));
		boolean acrossBand = !frame.bars()
				&& communities.stream().anyMatch(c -> c.levels().stream().filter(known::contains).count() > 1);
		int offset = acrossBand ? 1 : 0;
		Map<Long, Integer> rowOf = new HashMap<>();
		for (int i = 0; i < levels.size(); i++) {
			rowOf.put(levels.get(i).id(), i + offset);
		}
		int unscopedRow = levels.size() + offset;
		List<MapCommunity> bars = new ArrayList<>();
		Map<Integer, List<MapCommunity>> singles = new HashMap<>();
		Map<Long, int[]> spanOf = new HashMap<>();
		for (MapCommunity c : communities) {
			List<Integer> rows = c.levels().stream().filter(rowOf::containsKey).map(rowOf::get).sorted().toList();
			if (rows.size() > 1 && frame.bars()) {
				bars.add(c);
				spanOf.put(c.id(), new int[]{rows.getFirst(), rows.getLast()});
			} else {
				int row = rows.size() > 1 ? 0 : rows.isEmpty() ? unscopedRow : rows.getFirst();
				singles.computeIfAbsent(row, k -> new ArrayList<>()).add(c);
			}
		}
		int bandCount = singles.containsKey(unscopedRow) ? unscopedRow + 1 : unscopedRow;
		int maxMembers = Math.max(1, communities.stream().mapToInt(MapCommunity::members).max().orElse(1));

		// bars first, the longest first, each in the column nearest the middle that is
		// free in every band it spans
		bars.sort(Comparator.comparingInt((MapCommunity c) -> spanOf.get(c.id())[0] - spanOf.get(c.id())[1])
				.thenComparingInt(c -> spanOf.get(c.id())[0])
				.thenComparing(MapCommunity::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(MapCommunity::id));
		int columns = Math.max(1, (int) Math.floor((frame.width() - frame.gutter()) / cell));
		List<Set<Integer>> taken = new ArrayList<>();
		for (int b = 0; b < bandCount; b++) {
			taken.add(new HashSet<>());
		}
		Map<Long, Integer> columnOf = new HashMap<>();
		for (MapCommunity c : bars) {
			int[] span = spanOf.get(c.id());
			Integer chosen = null;
			for (int col : middleFirst(columns)) {
				boolean free = true;
				for (int b = span[0]; b <= span[1] && free; b++) {
					free = !taken.get(b).contains(col);
				}
				if (free) {
					chosen = col;
					break;
				}
			}
			if (chosen == null) {
				chosen = columns++;
			}
			for (int b = span[0]; b <= span[1]; b++) {
				taken.get(b).add(chosen);
			}
			columnOf.put(c.id(), chosen);
		}
		for (int b = 0; b < bandCount; b++) {
			if (singles.containsKey(b) && taken.get(b).size() >= columns) {
				columns++;
			}
		}

		// each band's circles, by name, in the columns its bars leave free: a few in
		// the middle, more line after line
		Map<Long, int[]> cellOf = new HashMap<>(); // {line, column}
		int[] linesOf = new int[bandCount];
		for (int b = 0; b < bandCount; b++) {
			List<MapCommunity> here = singles.getOrDefault(b, List.of()).stream().sorted(Comparator
					.comparing(MapCommunity::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(MapCommunity::id))
					.toList();
			List<Integer> free = new ArrayList<>();
			for (int col = 0; col < columns; col++) {
				if (!taken.get(b).contains(col)) {
					free.add(col);
				}
			}
			if (here.size() < free.size()) {
				List<Integer> centred = new ArrayList<>(
						middleFirst(columns).stream().filter(free::contains).limit(here.size()).toList());
				centred.sort(null);
				free = centred;
			}
			for (int i = 0; i < here.size(); i++) {
				cellOf.put(here.get(i).id(), new int[]{i / free.size(), free.get(i % free.size())});
			}
			linesOf[b] = here.isEmpty() ? 1 : (here.size() + free.size() - 1) / free.size();
		}

		double labelWidth = cell - 8;
		Map<Long, Double> radiusOf = new HashMap<>();
		Map<Long, List<String>> namesOf = new HashMap<>();
		Map<Long, List<String>> detailsOf = new HashMap<>();
		for (MapCommunity c : communities) {
			radiusOf.put(c.id(), minRadius + (maxRadius - minRadius) * Math.sqrt((double) c.members() / maxMembers));
			namesOf.put(c.id(),
					labelled ? TextWidth.wrap(c.name(), labelWidth, frame.font(), false) : List.of(c.name()));
			detailsOf.put(c.id(),
					labelled && acrossBand && c.crossLevel()
							? TextWidth.wrap(String.join(", ", c.levelNames()), labelWidth, frame.font(), false)
							: List.of());
		}
		double lineHeight = frame.lineHeight();

		// how tall each line of each band is: its largest circle and longest name, or
		// the name of a bar that starts there and a stub of it
		double[][] lineTop = new double[bandCount][];
		double[][] lineRadius = new double[bandCount][];
		double[][] lineHeights = new double[bandCount][];
		for (int b = 0; b < bandCount; b++) {
			lineRadius[b] = new double[linesOf[b]];
			lineHeights[b] = new double[linesOf[b]];
			for (MapCommunity c : singles.getOrDefault(b, List.of())) {
				int line = cellOf.get(c.id())[0];
				lineRadius[b][line] = Math.max(lineRadius[b][line], radiusOf.get(c.id()));
			}
			for (MapCommunity c : singles.getOrDefault(b, List.of())) {
				int line = cellOf.get(c.id())[0];
				double text = labelled
						? GAP + (namesOf.get(c.id()).size() + detailsOf.get(c.id()).size()) * lineHeight
						: 0;
				lineHeights[b][line] = Math.max(lineHeights[b][line], 2 * PAD + 2 * lineRadius[b][line] + text);
			}
			for (int l = 0; l < linesOf[b]; l++) {
				lineHeights[b][l] = Math.max(lineHeights[b][l], 2 * PAD + 2 * maxRadius);
			}
		}
		for (MapCommunity c : bars) {
			int b = spanOf.get(c.id())[0];
			double text = labelled ? namesOf.get(c.id()).size() * lineHeight + GAP : 0;
			lineHeights[b][0] = Math.max(lineHeights[b][0], 2 * PAD + text + BAR_STUB);
		}

		List<Band> bands = new ArrayList<>();
		double top = 0;
		double nameWidth = frame.gutter() - 2 * PAD;
		for (int b = 0; b < bandCount; b++) {
			String name = acrossBand && b == 0
					? acrossLevels
					: b - offset < levels.size() ? levels.get(b - offset).name() : noLevel;
			List<String> nameLines = frame.levelNamesAcross()
					? TextWidth.wrap(name, nameWidth, frame.font(), true)
					: List.of(name);
			double needed = frame.levelNamesAcross()
					? 2 * PAD + nameLines.size() * lineHeight
					: 2 * PAD + TextWidth.of(name, frame.font(), true);
			double height = 0;
			for (double h : lineHeights[b]) {
				height += h;
			}
			int band = b;
			if (!singles.containsKey(b) && bars.stream().noneMatch(c -> spanOf.get(c.id())[0] == band)) {
				height = EMPTY_BAND;
			}
			height = Math.max(height, needed);
			lineTop[b] = new double[linesOf[b]];
			double y = top;
			for (int l = 0; l < linesOf[b]; l++) {
				lineTop[b][l] = y;
				y += lineHeights[b][l];
			}
			bands.add(new Band(name, nameLines, top, height));
			top += height;
		}
		double height = top;
		double width = frame.gutter() + columns * cell;

		List<Node> nodes = new ArrayList<>();
		for (int b = 0; b < bandCount; b++) {
			for (MapCommunity c : singles.getOrDefault(b, List.of())) {
				int[] at = cellOf.get(c.id());
				double x = frame.gutter() + (at[1] + 0.5) * cell;
				double r = radiusOf.get(c.id());
				double y = lineTop[b][at[0]] + PAD + lineRadius[b][at[0]];
				Label label = label(namesOf.get(c.id()), detailsOf.get(c.id()), x, y + lineRadius[b][at[0]] + GAP,
						frame);
				nodes.add(new Node(c, false, x, y, r, y - r, y + r, label));
			}
		}
		for (MapCommunity c : bars) {
			int[] span = spanOf.get(c.id());
			double x = frame.gutter() + (columnOf.get(c.id()) + 0.5) * cell;
			// a bar's area is its length too: half as wide as the circle it would be
			double r = Math.max(3, radiusOf.get(c.id()) * 0.5);
			double labelTop = bands.get(span[0]).top() + PAD;
			Label label = label(namesOf.get(c.id()), List.of(), x, labelTop, frame);
			double barTop = labelled ? label.box().bottom() + GAP : labelTop;
			Band last = bands.get(span[1]);
			double barBottom = last.top() + last.height() - PAD;
			nodes.add(new Node(c, true, x, (barTop + barBottom) / 2, r, barTop, barBottom, label));
		}
		nodes.sort(Comparator.comparing((Node n) -> n.community().name(), String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(n -> n.community().id()));

		Map<Long, Node> nodeOf = new HashMap<>();
		nodes.forEach(n -> nodeOf.put(n.community().id(), n));
		List<Line> lines = new ArrayList<>();
		for (MapLink link : links) {
			Node a = nodeOf.get(link.source());
			Node b = nodeOf.get(link.target());
			if (a == null || b == null) {
				continue;
			}
			double[] from = a.anchorToward(b.y());
			double[] to = b.anchorToward(from[1]);
			from = a.anchorToward(to[1]);
			double dx = to[0] - from[0];
			double dy = to[1] - from[1];
			double length = Math.hypot(dx, dy);
			double bend = Math.min(40, length * 0.12);
			double cx = (from[0] + to[0]) / 2 - (length == 0 ? 0 : dy / length * bend);
			double cy = (from[1] + to[1]) / 2 + (length == 0 ? 0 : dx / length * bend);
			int members = link.sharedMembers();
			double w = members > 0 ? Math.min(6, 1 + Math.log(members + 1) / Math.log(2) * 0.9) : 1;
			lines.add(new Line(link, from[0], from[1], cx, cy, to[0], to[1], round(w), members == 0));
		}
		return new Picture(frame, width, height, labelled, bands, nodes, lines);
	}

	private static Label label(List<String> lines, List<String> details, double x, double top, Frame frame) {
		double lineHeight = frame.lineHeight();
		double widest = java.util.stream.Stream.concat(lines.stream(), details.stream())
				.mapToDouble(l -> TextWidth.of(l, frame.font(), false)).max().orElse(0);
		return new Label(lines, details, x, top, frame.font(), lineHeight,
				new Box(x - widest / 2, top, widest, (lines.size() + details.size()) * lineHeight));
	}

	/** Columns from the middle outwards: 2, 3, 1, 4, 0, 5 of six. */
	static List<Integer> middleFirst(int columns) {
		List<Integer> order = new ArrayList<>();
		int left = (columns - 1) / 2;
		int right = left + 1;
		while (order.size() < columns) {
			if (left >= 0) {
				order.add(left--);
			}
			if (right < columns) {
				order.add(right++);
			}
		}
		return order;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	/**
	 * How wide a text is drawn in Arial, and its metric twin Liberation Sans, the
	 * first fonts the map asks for: widths in thousandths of the font's size.
	 */
	static final class TextWidth {

		private static final String CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
		private static final int[] WIDTHS = {278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
				278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667,
				722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
				667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222,
				833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

		private TextWidth() {
		}

		static double of(String text, double font, boolean bold) {
			double units = 0;
			for (int i = 0; i < text.length(); i++) {
				int at = CHARS.indexOf(text.charAt(i));
				units += at < 0 ? 600 : WIDTHS[at];
			}
			// bold letters are about a tenth wider; a little more for the fonts that stand
			// in for Arial
			return units / 1000 * font * (bold ? 1.12 : 1.04);
		}

		/**
		 * The text in lines no wider than {@code width}, broken between words, and
		 * within a word too long for a line (after a slash, else with a hyphen).
		 */
		static List<String> wrap(String text, double width, double font, boolean bold) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			boolean glued = false;
			for (String word : text.trim().split("\\s+")) {
				List<String> pieces = fitted(word, width, font, bold);
				for (int i = 0; i < pieces.size(); i++) {
					String piece = pieces.get(i);
					String tried = line.isEmpty() ? piece : line + (glued ? "" : " ") + piece;
					if (line.isEmpty() || of(tried, font, bold) <= width) {
						line.setLength(0);
						line.append(tried);
					} else {
						lines.add(line.toString());
						line.setLength(0);
						line.append(piece);
					}
					// the pieces of one word join without a space
					glued = i < pieces.size() - 1;
				}
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		private static List<String> fitted(String word, double width, double font, boolean bold) {
			if (of(word, font, bold) <= width) {
				return List.of(word);
			}
			int slash = word.indexOf('/');
			if (slash > 0 && slash < word.length() - 1) {
				List<String> parts = new ArrayList<>(fitted(word.substring(0, slash + 1), width, font, bold));
				parts.addAll(fitted(word.substring(slash + 1), width, font, bold));
				return parts;
			}
			List<String> parts = new ArrayList<>();
			StringBuilder part = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				if (part.length() > 0 && of(part.toString() + word.charAt(i) + "-", font, bold) > width) {
					parts.add(part + "-");
					part.setLength(0);
				}
				part.append(word.charAt(i));
			}
			parts.add(part.toString());
			return parts;
		}
	}
}
