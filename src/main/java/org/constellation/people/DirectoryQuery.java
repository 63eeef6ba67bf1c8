package org.constellation.people;

/** Filters of the practitioner directory; all optional. */
public record DirectoryQuery(String q, Long group, Long place, Long level, Long issue, Boolean open) {

	public static DirectoryQuery everyone() {
		return new DirectoryQuery(null, null, null, null, null, null);
	}

}
