package org.constellation.formation.solver;

/**
 * The week as 336 half hours from Monday 00:00 UTC. A person's windows, each in
 * their own time zone, become the half hours at which an hour-long meeting
 * could start for them; a group can meet when those sets meet.
 */
public final class WeeklySlots {

	public static final int SLOTS = 7 * 48;
	public static final int SLOT_MINUTES = 30;
	/** A partnership session takes at least this long. */
	public static final int MEETING_SLOTS = 2;

	private WeeklySlots() {
	}

	/**
	 * The starts of a meeting inside free time: every slot whose next
	 * {@link #MEETING_SLOTS} slots are all free (the week wraps around).
	 */
	public static long[] meetingStarts(long[] free) {
		long[] starts = new long[Bits.words(SLOTS)];
		for (int s = 0; s < SLOTS; s++) {
			boolean all = true;
			for (int k = 0; k < MEETING_SLOTS && all; k++) {
				all = Bits.has(free, (s + k) % SLOTS);
			}
			if (all) {
				starts[s >>> 6] |= 1L << s;
			}
		}
		return starts;
	}

	/**
	 * Marks the half hours fully inside the minutes of the week (UTC) from
	 * {@code fromMinute} up to, not including, {@code toMinute}, wrapping. (No
	 * half-open bracket here: the Documenter's reader of Javadoc miscounts one.)
	 */
	public static void markFree(long[] free, int fromMinute, int toMinute) {
		int first = Math.floorDiv(fromMinute + SLOT_MINUTES - 1, SLOT_MINUTES);
		int last = Math.floorDiv(toMinute, SLOT_MINUTES);
		for (int s = first; s < last; s++) {
			int slot = Math.floorMod(s, SLOTS);
			free[slot >>> 6] |= 1L << slot;
		}
	}
}
