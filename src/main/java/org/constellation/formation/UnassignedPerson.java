package org.constellation.formation;

import jakarta.persistence.Embeddable;

/** Someone a run could not place, and why, in words a convener can act on. */
@Embeddable
public record UnassignedPerson(Long practitionerId, String reason) {
}
