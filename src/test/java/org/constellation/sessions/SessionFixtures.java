package org.constellation.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.partnerships.ActivePartnerships;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People and active partnerships made for one test, so that what a test counts
 * is its own whatever the demo holds. Every person's password is
 * "constellation".
 */
final class SessionFixtures {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final AccountService accounts;
	private final ActivePartnerships partnerships;
	private final Sessions sessions;
	private final String passwordHash;
	private final TransactionTemplate transaction;

	SessionFixtures(AccountService accounts, ActivePartnerships partnerships, Sessions sessions,
			PasswordEncoder passwords, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.partnerships = partnerships;
		this.sessions = sessions;
		this.passwordHash = passwords.encode("constellation");
	}

	/** The fixtures over this application's beans. */
	static SessionFixtures of(ApplicationContext context) {
		return new SessionFixtures(context.getBean(AccountService.class), new ActivePartnerships(context),
				context.getBean(Sessions.class), context.getBean(PasswordEncoder.class),
				context.getBean(PlatformTransactionManager.class));
	}

	static String unique(String text) {
		return text + " " + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}

	AccountPrincipal person(String zone) {
		String email = unique("partner").replace(' ', '-') + "@example.org";
		var practitioner = accounts.createAccount(email, unique("Partner"), passwordHash, EnumSet.of(Role.MEMBER),
				ZoneId.of(zone));
		return new AccountPrincipal(null, practitioner.getId(), email, Set.of(Role.MEMBER), null, false);
	}

	/** An active partnership of these people, seated in the order given. */
	long active(String focus, AccountPrincipal... members) {
		return partnerships.active(focus, members);
	}

	void close(long partnershipId) {
		partnerships.close(partnershipId);
	}

	/** A session planned by hand at that moment, as if the cadence had given it. */
	Session planned(long partnershipId, ZonedDateTime start) {
		return transaction.execute(status -> sessions.saveAndFlush(new Session(partnershipId,
				sessions.lastNumber(partnershipId) + 1, start, 60, start.toInstant(), Instant.now())));
	}
}
