package org.constellation.sessions;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * What a session room shows changes with, part by part: the session itself
 * (status, step, time, and whether it is still too early to start), its
 * check-ins, its notes and its commitments. The room sends the stamp it shows
 * and gets back only the parts that changed.
 */
@NamedInterface(name = "api", propagate = false)
public record RoomStamp(long session, boolean early, String checkIns, long notes, long commitments) {

	/** The stamp of the session as it was just read whole. */
	public static RoomStamp of(SessionDetails d) {
		long lastCheckIn = d.checkIns().stream().map(CheckIn::getUpdatedAt).filter(java.util.Objects::nonNull)
				.mapToLong(Instant::toEpochMilli).max().orElse(0);
		return new RoomStamp(d.session().getVersion(), d.session().isTooEarlyToStart(d.now()),
				checkIns(d.checkIns().size(), lastCheckIn), d.notes().size(), d.commitments().size());
	}

	static String checkIns(long count, long lastChangeMillis) {
		return count + "." + lastChangeMillis;
	}

	/** Written into the room's page, and read back from its next request. */
	public String text() {
		return session + "-" + (early ? 1 : 0) + "-" + checkIns + "-" + notes + "-" + commitments;
	}

	/**
	 * Whether the session's part of the room (its step, or how it may start)
	 * changed.
	 */
	public boolean sessionChanged(RoomStamp shown) {
		return shown == null || shown.session != session || shown.early != early || !shown.checkIns.equals(checkIns);
	}

	/** The stamp a room sent, or null when it cannot be read (then all is sent). */
	public static RoomStamp read(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("-", -1);
		if (parts.length != 5) {
			return null;
		}
		try {
			return new RoomStamp(Long.parseLong(parts[0]), "1".equals(parts[1]), parts[2], Long.parseLong(parts[3]),
					Long.parseLong(parts[4]));
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
