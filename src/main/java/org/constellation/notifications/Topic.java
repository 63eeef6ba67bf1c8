package org.constellation.notifications;

import org.springframework.modulith.NamedInterface;

/**
 * What a notice is about; each person chooses, per topic, how they hear of it.
 */
@NamedInterface(name = "api", propagate = false)
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
	GATHERING_REMINDER,
	/**
	 * News of a partnership the person is in or invited to: an invitation, a
	 * request, a step of the opening. Never what partners said.
	 */
	PARTNERSHIP;

	/**
	 * What a person gets before choosing: what concerns them directly comes at
	 * once; news of the whole community would be too much one mail at a time.
	 */
	public Delivery defaultDelivery() {
		return this == NEW_THREAD ? Delivery.DAILY : Delivery.IMMEDIATELY;
	}
}
