package org.constellation.journeys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a person's journey chart, drawn by the server as inline SVG
 * so it needs no JavaScript: stages up the vertical axis (the first at the
 * bottom), time along the horizontal one, a step line through the stage
 * reflections (one stays where one saw oneself until the next reflection), and
 * milestones as marks along the bottom.
 */
public record Timeline(int width, int height, int left, int top, int plotWidth, int plotHeight, List<StageRow> stages,
		List<Point> points, String path, List<Mark> milestones, List<Tick> ticks, LocalDate from, LocalDate to) {

	public record StageRow(String name, int y, boolean transition) {
	}

	public record Point(int x, int y, LocalDate date, String stage) {
	}

	public record Mark(int x, LocalDate date, String title) {
	}

	public record Tick(int x, String label) {
	}

	/** A stage reflection or milestone as the chart needs it. */
	record Dated(LocalDate date, Long stageId, String title) {
	}

	static final int WIDTH = 760;
	static final int LEFT = 230;
	static final int RIGHT = 20;
	static final int TOP = 16;
	static final int ROW = 34;
	static final int BOTTOM = 64;
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	public boolean isEmpty() {
		return points.isEmpty() && milestones.isEmpty();
	}

	static Timeline of(List<JourneyStage> stages, List<Dated> reflections, List<Dated> marks, LocalDate today) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = Math.max(1, stages.size()) * ROW;
		Map<Long, Integer> rowOf = new HashMap<>();
		List<StageRow> rows = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			JourneyStage s = stages.get(i);
			int y = TOP + (stages.size() - 1 - i) * ROW + ROW / 2;
			rowOf.put(s.getId(), y);
			rows.add(new StageRow(s.getName(), y, s.isTransition()));
		}
		LocalDate from = today;
		LocalDate to = today;
		for (Dated d : reflections) {
			from = d.date().isBefore(from) ? d.date() : from;
			to = d.date().isAfter(to) ? d.date() : to;
		}
		for (Dated d : marks) {
			from = d.date().isBefore(from) ? d.date() : from;
			to = d.date().isAfter(to) ? d.date() : to;
		}
		// a little room before the first date, so the first point is not on the axis
		from = from.minusDays(Math.max(3, ChronoUnit.DAYS.between(from, to) / 20));
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		LocalDate start = from;
		java.util.function.ToIntFunction<LocalDate> x = d -> LEFT
				+ (int) Math.round(plotWidth * (double) ChronoUnit.DAYS.between(start, d) / span);

		List<Point> points = new ArrayList<>();
		StringBuilder path = new StringBuilder();
		for (Dated d : reflections) {
			Integer y = rowOf.get(d.stageId());
			if (y == null) {
				continue;
			}
			int px = x.applyAsInt(d.date());
			if (points.isEmpty()) {
				path.append("M").append(px).append(' ').append(y);
			} else {
				path.append(" H").append(px).append(" V").append(y);
			}
			points.add(new Point(px, y, d.date(), stageName(stages, d.stageId())));
		}
		if (!points.isEmpty()) {
			path.append(" H").append(x.applyAsInt(to));
		}
		List<Mark> milestones = marks.stream().map(d -> new Mark(x.applyAsInt(d.date()), d.date(), d.title())).toList();
		List<Tick> ticks = new ArrayList<>();
		long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
		long step = Math.max(1, (months + 5) / 6);
		for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); !m.isAfter(to); m = m.plusMonths(step)) {
			ticks.add(new Tick(x.applyAsInt(m), MONTH.format(m)));
		}
		return new Timeline(WIDTH, TOP + plotHeight + BOTTOM, LEFT, TOP, plotWidth, plotHeight, rows, points,
				path.toString(), milestones, ticks, from, to);
	}

	private static String stageName(List<JourneyStage> stages, Long id) {
		return stages.stream().filter(s -> s.getId().equals(id)).map(JourneyStage::getName).findFirst().orElse("");
	}
}
