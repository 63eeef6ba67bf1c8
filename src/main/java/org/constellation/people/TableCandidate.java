package org.constellation.people;

import org.springframework.modulith.NamedInterface;

/**
 * One practitioner who could fill a gap at a table: how many of the wanted
 * groups and levels they bring, how many of the concerns they share, and the
 * level of their home place (null without one).
 */
@NamedInterface(name = "api", propagate = false)
public record TableCandidate(long practitionerId, long gapsFilled, long sharedConcerns, Long homeLevelId) {
}
