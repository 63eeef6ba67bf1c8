package org.constellation.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * A token just created: the only time its secret is shown. Serializable: the
 * page shows it after a redirect, from the session, which is stored in the
 * database.
 */
public record NewAccessToken(Long id, String name, String token, Instant createdAt) implements Serializable {

	@Override
	public String toString() {
		return "NewAccessToken[" + id + ", " + name + "]";
	}
}
