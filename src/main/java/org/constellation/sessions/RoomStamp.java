package org.constellation.sessions;

import org.springframework.modulith.NamedInterface;

/**
 * What a session room shows changes with, part by part: the session itself
 * (status, step, time), its check-ins, its notes and its commitments. The room
 * sends the stamp it shows and gets back only the parts that changed.
 */
@NamedInterface(name = "api", propagate = false)
public record RoomStamp(long session, String checkIns, long notes, long commitments) {

	/** The stamp of the session as it was just read whole. */
	public static RoomStamp of(SessionDetails d) {
		long lastCheckIn = d.checkIns().stream().map(CheckIn::getUpdatedAt).filter(java.util.Objects::nonNull)
				.mapToLong(java.time.Instant::toEpochMilli).max().orElse(0);
		return new RoomStamp(d.session().getVersion(), d.checkIns().size() + "." + lastCheckIn, d.notes().size(),
				d.commitments().size());
	}

	/** Written into the room's page, and read back from its next request. */
	public String text() {
		return session + "-" + checkIns + "-" + notes + "-" + commitments;
	}

	/** The stamp a room sent, or null when it cannot be read (then all is sent). */
	public static RoomStamp read(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("-", -1);
		if (parts.length != 4) {
			return null;
		}
		try {
			return new RoomStamp(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]),
					Long.parseLong(parts[3]));
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
