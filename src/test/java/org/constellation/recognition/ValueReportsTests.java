package org.constellation.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueReportsTests {

	@Test
	void monthsRunFromTheFirstStoryToTheLastWithEmptyMonthsIncluded() {
		var months = ValueReports.perMonth(List.of(Instant.parse("2026-01-15T10:00:00Z"),
				Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-20T10:00:00Z")), ZoneOffset.UTC);
		assertThat(months).containsExactly(new Chart.Entry("Jan 2026", 1), new Chart.Entry("Feb 2026", 0),
				new Chart.Entry("Mar 2026", 2));
	}

	@Test
	void columnsAreAsTallAsTheirShareOfTheLargest() {
		Chart chart = Chart.columns(List.of(new Chart.Entry("A", 4), new Chart.Entry("B", 2), new Chart.Entry("C", 0)));
		int plot = Chart.HEIGHT - Chart.TOP - Chart.BOTTOM;
		assertThat(chart.columns()).extracting(Chart.Column::height).containsExactly(plot, plot / 2, 0);
		assertThat(chart.columns().get(0).y() + chart.columns().get(0).height()).isEqualTo(chart.baseline());
	}
}
