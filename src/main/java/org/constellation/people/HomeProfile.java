package org.constellation.people;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * The signed-in person's own profile as the home page needs it: the name to
 * greet, the parts still missing (message keys) and the issues they care about.
 */
@NamedInterface(name = "api", propagate = false)
public record HomeProfile(String displayName, List<String> missing, Set<Long> concernIds) {
}
