package org.constellation.repertoire;

/** Where a piece of practice work stands. */
public enum PracticeWorkStatus {
	PROPOSED, UNDER_WAY, PAUSED, DONE
}
