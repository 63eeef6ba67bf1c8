package org.constellation.people;

import java.util.List;

import org.constellation.shared.Ref;
import org.springframework.modulith.NamedInterface;

/**
 * A practitioner with the names of what they refer to, as the directory and the
 * API show them.
 */
@NamedInterface(name = "api", propagate = false)
public record PractitionerSummary(Long id, String displayName, List<Ref> stakeholderGroups, Ref homePlace,
		String homeLevel, List<Ref> concerns, List<String> affiliations, List<String> languages, String timeZone,
		String expertise, boolean openToPartnership, int partnershipCapacity) {
}
