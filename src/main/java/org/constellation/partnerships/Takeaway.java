package org.constellation.partnerships;

/**
 * What one partner takes away, written in the closing round; empty until
 * written.
 */
public record Takeaway(long practitionerId, String name, String takeaway) {

	public boolean isWritten() {
		return !takeaway.isEmpty();
	}
}
