package org.constellation.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.constellation.shared.web.TimeZoneGroups.Choice;
import org.constellation.shared.web.TimeZoneGroups.Group;
import org.junit.jupiter.api.Test;

/** The time zone picker's groups and labels, without Spring. */
class TimeZoneGroupsTests {

	static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");

	@Test
	void theChosenZoneAndTheReadersOwnComeFirstThenTheCommonOnes() {
		List<Group> groups = TimeZoneGroups.of("Asia/Tokyo", "America/Argentina/Buenos_Aires", WINTER);
		Group suggested = groups.getFirst();
		assertThat(suggested.suggested()).isTrue();
		assertThat(suggested.choices()).extracting(Choice::id).startsWith("America/Argentina/Buenos_Aires",
				"Asia/Tokyo", "America/Los_Angeles");
		assertThat(suggested.choices()).extracting(Choice::id).doesNotHaveDuplicates().contains("Europe/Berlin");
		assertThat(suggested.choices().size()).isLessThan(25);
	}

	@Test
	void everyZoneIsOnceUnderItsRegionNamedByItsPlaceAndOffset() {
		List<Group> groups = TimeZoneGroups.of("UTC", null, WINTER);
		List<Group> regions = groups.subList(1, groups.size());
		assertThat(regions).extracting(Group::region).startsWith("Africa", "America").contains("Europe", "Pacific");
		assertThat(regions.stream().mapToInt(g -> g.choices().size()).sum()).isEqualTo(TimeZoneInput.CHOICES.size());
		Group europe = regions.stream().filter(g -> "Europe".equals(g.region())).findFirst().orElseThrow();
		assertThat(europe.choices()).contains(new Choice("Europe/Berlin", "Berlin (UTC+1)"));
		assertThat(europe.choices().size()).isLessThan(100);
		Group america = regions.stream().filter(g -> "America".equals(g.region())).findFirst().orElseThrow();
		assertThat(america.choices())
				.contains(new Choice("America/Argentina/Buenos_Aires", "Buenos Aires, Argentina (UTC-3)"));
		// the reader's own zone, even one no list offers, is first and chosen as it is
		assertThat(groups.getFirst().choices().getFirst()).isEqualTo(new Choice("UTC", "UTC"));
	}

	@Test
	void labelsNameTheRegionAmongTheSuggestedAndOffsetsInHalfHours() {
		assertThat(TimeZoneGroups.label("Asia/Kolkata", true, WINTER)).isEqualTo("Kolkata, Asia (UTC+5:30)");
		assertThat(TimeZoneGroups.label("America/New_York", true, WINTER)).isEqualTo("New York, America (UTC-5)");
		assertThat(TimeZoneGroups.label("Europe/London", false, WINTER)).isEqualTo("London (UTC)");
		assertThat(TimeZoneGroups.label("Europe/Berlin", false, Instant.parse("2026-07-01T12:00:00Z")))
				.isEqualTo("Berlin (UTC+2)");
		// a zone stored as an offset (someone who signed up without one) reads as one
		assertThat(TimeZoneGroups.label("Z", true, WINTER)).isEqualTo("UTC");
	}
}
