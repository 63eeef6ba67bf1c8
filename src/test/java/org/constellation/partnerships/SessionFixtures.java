package org.constellation.partnerships;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final People people;
	private final Partnerships partnerships;
	private final Partners partners;
	private final Sessions sessions;
	private final JdbcTemplate jdbc;
	private final String passwordHash;
	private final TransactionTemplate transaction;

	SessionFixtures(People people, Partnerships partnerships, Partners partners, Sessions sessions, JdbcTemplate jdbc,
			PasswordEncoder passwords, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.people = people;
		this.partnerships = partnerships;
		this.partners = partners;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.passwordHash = passwords.encode("constellation");
	}

	static String unique(String text) {
		return text + " " + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}

	AccountPrincipal person(String zone) {
		String email = unique("partner").replace(' ', '-') + "@example.org";
		var practitioner = people.createAccount(email, unique("Partner"), passwordHash, EnumSet.of(Role.MEMBER),
				ZoneId.of(zone));
		return new AccountPrincipal(null, practitioner.getId(), email, Set.of(Role.MEMBER), null, false);
	}

	/** An active partnership of these people, seated in the order given. */
	long active(String focus, AccountPrincipal... members) {
		return transaction.execute(status -> activeNow(focus, members));
	}

	private long activeNow(String focus, AccountPrincipal... members) {
		Long script = jdbc.queryForObject("select min(id) from opening_script_versions", Long.class);
		Instant now = Instant.now();
		Partnership p = partnerships
				.save(new Partnership(focus, "", Set.of(), null, false, members[0].practitionerId(), script, now));
		partners.save(Partner.proposer(p.getId(), members[0].practitionerId(), now));
		for (int i = 1; i < members.length; i++) {
			Partner partner = Partner.invitee(p.getId(), members[i].practitionerId(), members[0].practitionerId(), "",
					now);
			partner.takeSeat(i + 1, now);
			partners.save(partner);
		}
		p.becomes(PartnershipState.OPENING, now);
		p.becomes(PartnershipState.ACTIVE, now);
		partnerships.saveAndFlush(p);
		return p.getId();
	}

	void close(long partnershipId) {
		transaction.executeWithoutResult(status -> closeNow(partnershipId));
	}

	private void closeNow(long partnershipId) {
		Partnership p = partnerships.findById(partnershipId).orElseThrow();
		p.becomes(PartnershipState.CLOSED, Instant.now());
		partnerships.saveAndFlush(p);
	}

	/** A session planned by hand at that moment, as if the cadence had given it. */
	Session planned(long partnershipId, ZonedDateTime start) {
		return transaction.execute(status -> sessions.saveAndFlush(new Session(partnershipId,
				sessions.lastNumber(partnershipId) + 1, start, 60, start.toInstant(), Instant.now())));
	}

	List<Long> partnerIds(long partnershipId) {
		return partners.activeIds(partnershipId);
	}
}
