package org.constellation.sessions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.constellation.sessions.RoutineStep;
import org.constellation.sessions.SessionDetails;
import org.constellation.sessions.SessionStatus;

/**
 * What the session room opens for the step the partners are at: the check-in
 * while arriving, the commitments to look at again when looking back, the
 * commitments when saying what each will try, the shared notes in between, and
 * the reflection once the session has ended. Everything else stays folded. A
 * step says what it is about in its own words, so the words are read: a step
 * whose words say nothing of these is a step for notes.
 */
public record RoomTools(boolean checkIn, boolean lookAgain, boolean notes, boolean commitments, boolean reflection) {

	private static final Pattern CHECK_IN = Pattern.compile("check.?in|arriv");
	private static final Pattern LOOK_BACK = Pattern.compile("look(ing)? (back|again)|last time|kept|let go");
	private static final Pattern COMMIT = Pattern
			.compile("commit|will try|now what|next step|more of it|one small thing");

	static RoomTools of(SessionDetails d) {
		SessionStatus status = d.session().getStatus();
		if (status == SessionStatus.CANCELLED) {
			return new RoomTools(false, false, false, false, false);
		}
		if (status.isEnded()) {
			return new RoomTools(status == SessionStatus.NOT_HELD, false, false, false, true);
		}
		RoutineStep step = d.currentStep();
		if (!d.session().isRunning() || step == null) {
			return new RoomTools(true, false, false, false, false);
		}
		String words = (step.title() + " " + step.guidance()).toLowerCase(Locale.ROOT);
		int index = d.session().getCurrentStep();
		boolean checkIn = index == 0 || CHECK_IN.matcher(words).find();
		boolean lookingBack = LOOK_BACK.matcher(words).find();
		boolean lookAgain = lookingBack && !d.toLookAgain().isEmpty();
		boolean commitments = !lookingBack && COMMIT.matcher(words).find() || d.isLastStep();
		// the note-keeper keeps the notes open whatever the step
		boolean noteKeeper = d.roles().noteKeeper() != null && d.roles().noteKeeper() == d.viewerId();
		boolean notes = noteKeeper || !checkIn && !lookAgain && !commitments;
		return new RoomTools(checkIn, lookAgain, notes, commitments, false);
	}

	/**
	 * The open parts by name, for the page's script to open after a step changes.
	 */
	public String needs() {
		List<String> open = new ArrayList<>();
		if (checkIn) {
			open.add("check-in");
		}
		if (lookAgain) {
			open.add("look-again");
		}
		if (notes) {
			open.add("notes");
		}
		if (commitments) {
			open.add("commitments");
		}
		if (reflection) {
			open.add("reflection");
		}
		return String.join(" ", open);
	}
}
