package org.constellation.communities;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One result of a search inside a community. {@code kind} says what it is
 * ("thread", "artifact", "glossary term"), {@code excerpt} is plain text.
 */
@NamedInterface(name = "api", propagate = false)
public record SearchHit(String kind, String title, String excerpt, String link, Instant at) {
}
