package org.constellation.partnerships;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fresh people and an active partnership of them, stored directly, so tests of
 * a partnership's components start where their subject starts: after the
 * opening. Every person's password is "constellation".
 */
final class ComponentFixtures {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final AccountService accounts;
	private final Partnerships partnerships;
	private final Partners partners;
	private final JdbcTemplate jdbc;
	private final String passwordHash;

	ComponentFixtures(AccountService accounts, Partnerships partnerships, Partners partners, JdbcTemplate jdbc,
			PasswordEncoder passwords) {
		this.accounts = accounts;
		this.partnerships = partnerships;
		this.partners = partners;
		this.jdbc = jdbc;
		this.passwordHash = passwords.encode("constellation");
	}

	/** A new member with an account and a profile in the given zone. */
	AccountPrincipal person(String name) {
		String unique = COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
		String email = "partner-" + unique + "@example.org";
		var practitioner = accounts.createAccount(email, name + " " + unique, passwordHash, EnumSet.of(Role.MEMBER),
				ZoneId.of("Europe/Lisbon"));
		return new AccountPrincipal(null, practitioner.getId(), email, Set.of(Role.MEMBER), null, false);
	}

	/** An active partnership of these people, the first having proposed it. */
	long active(String focus, AccountPrincipal... members) {
		Instant now = Instant.now();
		long script = jdbc.queryForObject("select min(id) from opening_script_versions", Long.class);
		Partnership p = partnerships
				.save(new Partnership(focus, "", Set.of(), null, false, members[0].practitionerId(), script, now));
		for (int i = 0; i < members.length; i++) {
			Partner partner = i == 0
					? Partner.proposer(p.getId(), members[i].practitionerId(), now)
					: Partner.invitee(p.getId(), members[i].practitionerId(), members[0].practitionerId(), "", now);
			partner.takeSeat(i + 1, now);
			partners.save(partner);
		}
		p.becomes(PartnershipState.OPENING, now);
		p.becomes(PartnershipState.ACTIVE, now);
		partnerships.save(p);
		return p.getId();
	}

	void close(long partnershipId) {
		Partnership p = partnerships.findById(partnershipId).orElseThrow();
		p.becomes(PartnershipState.CLOSED, Instant.now());
		partnerships.save(p);
	}

	void leave(long partnershipId, AccountPrincipal who) {
		Partner partner = partners.findByPartnershipIdAndPractitionerId(partnershipId, who.practitionerId())
				.orElseThrow();
		partner.leave(Instant.now());
		partners.save(partner);
	}
}
