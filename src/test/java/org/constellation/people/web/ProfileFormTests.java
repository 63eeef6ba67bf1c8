package org.constellation.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.constellation.people.AvailabilityWindow;
import org.constellation.people.ProfileDraft;
import org.junit.jupiter.api.Test;

class ProfileFormTests {

	@Test
	void blankWindowRowsAreSkippedAndHalfFilledOnesAreKeptAsIncomplete() {
		ProfileForm form = form(List.of("TUESDAY", "", "MONDAY"), List.of("16:00", "", "10:00"),
				List.of("17:30", "", ""));
		List<AvailabilityWindow> windows = form.windows();
		assertThat(windows).hasSize(2);
		assertThat(windows.getFirst())
				.isEqualTo(new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(17, 30)));
		assertThat(windows.getFirst().isComplete()).isTrue();
		assertThat(windows.get(1).isComplete()).isFalse();
	}

	@Test
	void linesAndCommasBecomeLists() {
		ProfileDraft draft = form(List.of(), List.of(), List.of()).toDraft();
		assertThat(draft.affiliations()).containsExactly("Lakeview Local Schools", "Parent council");
		assertThat(draft.languages()).containsExactly("English", "Spanish");
		assertThat(draft.timeZone()).isEqualTo("America/New_York");
	}

	@Test
	void aSavedProfileComesBackWithRoomForMoreWindows() {
		ProfileDraft draft = form(List.of("FRIDAY"), List.of("09:00"), List.of("10:00")).toDraft();
		ProfileForm again = ProfileForm.of(draft);
		assertThat(again.windowRows()).isEqualTo(1 + ProfileForm.BLANK_WINDOW_ROWS);
		assertThat(again.windowDay().getFirst()).isEqualTo("FRIDAY");
		assertThat(again.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
	}

	private static ProfileForm form(List<String> days, List<String> starts, List<String> ends) {
		return new ProfileForm("Sam", Set.of(), "Lakeview Local Schools\n\nParent council", null, "", "", Set.of(),
				"English, Spanish", ZoneId.of("America/New_York"), days, starts, ends, true, 1, 0L);
	}
}
