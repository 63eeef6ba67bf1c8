package org.constellation.recognition;

import org.springframework.modulith.NamedInterface;

/**
 * The value cycles of Wenger-Trayner's value-creation framework that a story
 * shows; each is explained in plain words on the form
 * ({@code i18n/recognition.properties}).
 */
@NamedInterface(name = "api", propagate = false)
public enum ValueCycle {
	/**
	 * Taking part was worth it in itself: an activity, a conversation, a
	 * connection.
	 */
	IMMEDIATE,
	/**
	 * Something gained that may be used later: a skill, an idea, a contact, a tool.
	 */
	POTENTIAL,
	/** Practice changed: something was tried or done differently. */
	APPLIED,
	/**
	 * The change made a difference that matters: to students, families, results.
	 */
	REALIZED,
	/** What success means was rethought: goals, measures or strategies changed. */
	REFRAMING
}
