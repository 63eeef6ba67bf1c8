package org.constellation.people;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person's own profile as the home page needs it: the name to
 * greet, the parts still missing (message keys) and the issues they care about.
 */
public record HomeProfile(String displayName, List<String> missing, Set<Long> concernIds) {
}
