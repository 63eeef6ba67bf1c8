package org.constellation.shared;

/** A reference to something by id, with the name to show for it. */
public record Ref(Long id, String name) {
}
