package org.constellation.people;

import org.springframework.modulith.NamedInterface;

/** Filters of the practitioner directory; all optional. */
@NamedInterface(name = "api", propagate = false)
public record DirectoryQuery(String q, Long group, Long place, Long level, Long issue, Boolean open) {
}
