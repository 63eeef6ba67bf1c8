package org.constellation.people;

import org.springframework.modulith.NamedInterface;

/**
 * What an account may do across the whole system (community roles such as
 * convener live elsewhere).
 */
@NamedInterface(name = "api", propagate = false)
public enum Role {
	/** A practitioner taking part. */
	MEMBER,
	/** Runs the system and shapes the portfolio. */
	STEWARD,
	/** Funds the work and sees aggregate views only. */
	SPONSOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
