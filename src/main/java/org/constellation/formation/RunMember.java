package org.constellation.formation;

import java.util.List;

/**
 * A person of a proposed group as the review shows them: their name, home
 * place, stakeholder groups and the languages they speak (all from their
 * profile, as the directory shows it).
 */
public record RunMember(long practitionerId, String displayName, String place, List<String> stakeholderGroups,
		List<String> languages) {
}
