package org.constellation.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.sessions.Rooms;
import org.junit.jupiter.api.Test;

/** What the session room opens for each step, without Spring. */
class RoomToolsTests {

	static final List<String> EVERYDAY = List.of("Check-in", "Looking back at commitments", "A story from practice",
			"Building with \"and…\"", "Commitments");

	@Test
	void beforeTheSessionStartsTheCheckInIsOpen() {
		assertThat(RoomTools.of(Rooms.at(-1, EVERYDAY, 2, 3, false)).needs()).isEqualTo("check-in");
	}

	@Test
	void eachStepOfTheEverydayRoutineOpensWhatItIsAbout() {
		// partner 2 hosts nothing in session 1 of three: host 1, timekeeper 2,
		// note-keeper 3
		assertThat(RoomTools.of(Rooms.at(0, EVERYDAY, 2, 3, true)).needs()).isEqualTo("check-in");
		assertThat(RoomTools.of(Rooms.at(1, EVERYDAY, 2, 3, true)).needs()).isEqualTo("look-again");
		assertThat(RoomTools.of(Rooms.at(2, EVERYDAY, 2, 3, true)).needs()).isEqualTo("notes");
		assertThat(RoomTools.of(Rooms.at(3, EVERYDAY, 2, 3, true)).needs()).isEqualTo("notes");
		assertThat(RoomTools.of(Rooms.at(4, EVERYDAY, 2, 3, true)).needs()).isEqualTo("commitments");
	}

	@Test
	void withNothingToLookAgainAtLookingBackIsForNotes() {
		assertThat(RoomTools.of(Rooms.at(1, EVERYDAY, 2, 3, false)).needs()).isEqualTo("notes");
	}

	@Test
	void theNoteKeeperKeepsTheNotesOpenAtEveryStep() {
		assertThat(RoomTools.of(Rooms.at(0, EVERYDAY, 3, 3, false)).needs()).isEqualTo("check-in notes");
		assertThat(RoomTools.of(Rooms.at(4, EVERYDAY, 3, 3, false)).needs()).isEqualTo("notes commitments");
	}

	@Test
	void aStepInOtherWordsIsForNotesAndTheLastStepForCommitments() {
		List<String> own = List.of("Walk", "Talk", "Now what?");
		assertThat(RoomTools.of(Rooms.at(1, own, 2, 3, false)).needs()).isEqualTo("notes");
		assertThat(RoomTools.of(Rooms.at(2, own, 2, 3, false)).needs()).isEqualTo("commitments");
		assertThat(RoomTools.of(Rooms.at(1, List.of("Walk", "Talk"), 2, 3, false)).needs()).isEqualTo("commitments");
	}

	@Test
	void afterTheSessionTheReflectionIsOpenAndTheCheckInTooWhenNobodyCheckedIn() {
		assertThat(RoomTools.of(Rooms.ended(true)).needs()).isEqualTo("reflection");
		assertThat(RoomTools.of(Rooms.ended(false)).needs()).isEqualTo("check-in reflection");
	}
}
