package org.constellation.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart laid out for the server to draw as inline SVG: each column's
 * box and where its label and value go. The same figures are in a table beside
 * it on every page.
 */
public record Chart(int width, int height, int baseline, long max, List<Column> columns) {

	public record Entry(String label, long value) {
	}

	public record Column(String label, long value, int x, int y, int width, int height, int middle) {
	}

	static final int HEIGHT = 220;
	static final int TOP = 24;
	static final int BOTTOM = 40;
	static final int LEFT = 12;
	static final int COLUMN = 56;
	static final int GAP = 16;

	static Chart columns(List<Entry> entries) {
		long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
		int plot = HEIGHT - TOP - BOTTOM;
		int baseline = TOP + plot;
		List<Column> columns = new ArrayList<>();
		int x = LEFT;
		for (Entry e : entries) {
			int h = max == 0 ? 0 : (int) Math.round((double) e.value() * plot / max);
			columns.add(new Column(e.label(), e.value(), x, baseline - h, COLUMN, h, x + COLUMN / 2));
			x += COLUMN + GAP;
		}
		return new Chart(Math.max(x - GAP + LEFT, 200), HEIGHT, baseline, max, columns);
	}

	public boolean isEmpty() {
		return max == 0;
	}
}
