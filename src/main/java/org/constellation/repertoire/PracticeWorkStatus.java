package org.constellation.repertoire;

import org.springframework.modulith.NamedInterface;

/** Where a piece of practice work stands. */
@NamedInterface(name = "api", propagate = false)
public enum PracticeWorkStatus {
	PROPOSED, UNDER_WAY, PAUSED, DONE
}
