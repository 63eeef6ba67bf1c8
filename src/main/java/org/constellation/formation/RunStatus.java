package org.constellation.formation;

/** Where a formation run stands. */
public enum RunStatus {
	RUNNING, DONE, STOPPED, FAILED;

	public boolean isFinished() {
		return this != RUNNING;
	}
}
