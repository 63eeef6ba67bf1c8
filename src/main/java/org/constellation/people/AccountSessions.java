package org.constellation.people;

import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the signed-in sessions of an account when its password changes: someone
 * who took the old password (or a session cookie) is out as soon as the owner
 * chooses a new one. Sessions live in the database (Spring Session JDBC),
 * indexed by the principal's name, so every app node sees them end at once.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/**
	 * In the change's own transaction, before the answer goes out: the person's
	 * other browser is signed out by the time they read "done".
	 */
	@EventListener
	@Order(0)
	void on(PasswordChanged event) {
		endAllBut(event.email(), event.keptSessionId());
	}

	/** How many sessions ended. */
	int endAllBut(String principalName, String keptSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(principalName).keySet()) {
			if (!Objects.equals(id, keptSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}
}
