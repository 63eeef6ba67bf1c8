package org.constellation.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A partnership's rhythm, never a score: how many of the sessions whose time
 * has come were held, how many were held in a row most recently, and whether it
 * is drifting (the last two sessions whose time has passed were not held). Held
 * means ended with at least one partner checked in as there: a session ended
 * without a check-in counts as not held, like one that passed without meeting.
 * Cancelled sessions count for nothing; a session under way counts as neither.
 */
public record Momentum(int held, int planned, int streak, boolean drifting, List<Beat> recent) {

	/** One past session in the rhythm: when, and whether it was held. */
	public record Beat(int number, Instant startsAt, boolean held) {
	}

	static final int RECENT = 12;

	public static Momentum of(List<Session> sessions, Instant now) {
		List<Beat> beats = sessions.stream().filter(s -> s.getStatus() != SessionStatus.CANCELLED)
				.filter(s -> s.getStatus().isEnded() || s.wasMissed(now))
				.sorted(Comparator.comparing(Session::getStartsAt).thenComparing(Session::getNumber))
				.map(s -> new Beat(s.getNumber(), s.getStartsAt(), s.getStatus() == SessionStatus.HELD)).toList();
		int held = (int) beats.stream().filter(Beat::held).count();
		int streak = 0;
		for (int i = beats.size() - 1; i >= 0 && beats.get(i).held(); i--) {
			streak++;
		}
		int size = beats.size();
		boolean drifting = size >= 2 && !beats.get(size - 1).held() && !beats.get(size - 2).held();
		return new Momentum(held, size, streak, drifting, beats.subList(Math.max(0, size - RECENT), size));
	}
}
