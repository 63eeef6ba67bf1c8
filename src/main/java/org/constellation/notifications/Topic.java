package org.constellation.notifications;

/**
 * What a notice is about; each person chooses, per topic, how they hear of it.
 */
public enum Topic {
	/** A new thread in a community the person follows. */
	NEW_THREAD,
	/** A reply in a thread the person started or follows. */
	REPLY,
	/** Someone @mentioned the person. */
	MENTION,
	/** Someone asks to join a community the person convenes. */
	JOIN_REQUEST,
	/** An invitation or a decision about the person's own membership. */
	MEMBERSHIP,
	/** A gathering the person said they would attend is coming up. */
	GATHERING_REMINDER
}
