package org.constellation.communities;

import org.springframework.modulith.NamedInterface;

/**
 * How much a member takes part, chosen by the member. People move between
 * levels; none is better than another.
 */
@NamedInterface(name = "api", propagate = false)
public enum Participation {
	CORE, ACTIVE, OCCASIONAL, PERIPHERAL;

	/**
	 * What recent activity suggests: contributions (threads, replies, gatherings
	 * attended, work) in the last 90 days.
	 */
	public static Participation suggestedBy(int recentContributions) {
		if (recentContributions >= 10) {
			return CORE;
		}
		if (recentContributions >= 4) {
			return ACTIVE;
		}
		if (recentContributions >= 1) {
			return OCCASIONAL;
		}
		return PERIPHERAL;
	}
}
