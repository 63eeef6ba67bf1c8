package org.constellation.shared;

import org.springframework.modulith.NamedInterface;

/** A reference to something by id, with the name to show for it. */
@NamedInterface(name = "api", propagate = false)
public record Ref(Long id, String name) {
}
