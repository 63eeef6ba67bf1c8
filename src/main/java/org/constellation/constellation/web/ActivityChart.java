package org.constellation.constellation.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a bar chart of posts per week, drawn by the server as inline
 * SVG so it needs no JavaScript; the page shows the same figures in a table.
 */
record ActivityChart(int width, int height, int left, int top, int plotHeight, int max, List<Bar> bars,
		List<Tick> ticks, int total) {

	record Bar(int x, int y, int width, int height, String week, int posts) {
	}

	record Tick(int x, String label) {
	}

	static final int WIDTH = 760;
	static final int HEIGHT = 200;
	static final int LEFT = 48;
	static final int TOP = 12;
	static final int BOTTOM = 36;
	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);

	static ActivityChart of(int[] weekly, List<Instant> weeks) {
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int plotWidth = WIDTH - LEFT - 12;
		int max = 1;
		int total = 0;
		for (int posts : weekly) {
			max = Math.max(max, posts);
			total += posts;
		}
		int slot = plotWidth / weekly.length;
		List<Bar> bars = new ArrayList<>();
		List<Tick> ticks = new ArrayList<>();
		String lastMonth = "";
		for (int i = 0; i < weekly.length; i++) {
			int height = (int) Math.round((double) weekly[i] / max * plotHeight);
			int x = LEFT + i * slot + 2;
			bars.add(new Bar(x, TOP + plotHeight - height, slot - 4, height, WEEK.format(weeks.get(i)), weekly[i]));
			String month = MONTH.format(weeks.get(i));
			if (!month.equals(lastMonth)) {
				ticks.add(new Tick(x, month));
				lastMonth = month;
			}
		}
		return new ActivityChart(WIDTH, HEIGHT, LEFT, TOP, plotHeight, max, bars, ticks, total);
	}
}
