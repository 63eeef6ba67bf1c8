package org.constellation.shared;

import org.springframework.modulith.NamedInterface;

/**
 * One person, as every module knows them: their account, their practitioner
 * profile (null for an account without one), their email and the name they were
 * shown by (null when unknown), so that deleting the account can take that name
 * out of every copy others were sent.
 */
@NamedInterface(name = "api", propagate = false)
public record PersonRef(long accountId, Long practitionerId, String email, String displayName) {

	public PersonRef(long accountId, Long practitionerId, String email) {
		this(accountId, practitionerId, email, null);
	}

	/** The name, when there is one worth looking for in others' text. */
	public java.util.Optional<String> name() {
		return displayName == null || displayName.isBlank()
				? java.util.Optional.empty()
				: java.util.Optional.of(displayName);
	}
}
