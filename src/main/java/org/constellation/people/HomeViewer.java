package org.constellation.people;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Who the home page is for: the signed-in person, the zone they read times in
 * and the issues they care about (read once by the page, so that no section
 * reads the profile again).
 */
@NamedInterface(name = "api", propagate = false)
public record HomeViewer(AccountPrincipal principal, String zone, Set<Long> concernIds) {

	public Long practitionerId() {
		return principal.practitionerId();
	}

	/**
	 * Takes part as a practitioner: joins communities and partnerships, answers, is
	 * asked.
	 */
	public boolean isPractitioner() {
		return principal.has(Role.MEMBER) && principal.practitionerId() != null;
	}

	public boolean isSteward() {
		return principal.has(Role.STEWARD);
	}

	/**
	 * A sponsor who is not also a practitioner: sees the constellation's figures,
	 * never a profile to complete.
	 */
	public boolean isSponsor() {
		return principal.has(Role.SPONSOR) && !principal.has(Role.MEMBER);
	}
}
