package org.constellation.people;

import java.time.Instant;

/** A token just created: the only time its secret is shown. */
public record NewAccessToken(Long id, String name, String token, Instant createdAt) {

	@Override
	public String toString() {
		return "NewAccessToken[" + id + ", " + name + "]";
	}
}
