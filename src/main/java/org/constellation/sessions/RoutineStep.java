package org.constellation.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a routine: what to do, and a time box that guides, never cuts
 * off.
 */
@Embeddable
public record RoutineStep(@Column(name = "title") String title, @Column(name = "guidance") String guidance,
		@Column(name = "minutes") int minutes) {
}
