package org.constellation.partnerships;

import java.time.Instant;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Active partnerships stored directly, for the tests of the modules built on a
 * partnership (sessions), which start where their subject starts: after the
 * opening. Public, unlike the repositories it uses, so that those tests reach
 * it from their own packages.
 */
public final class ActivePartnerships {

	private final Partnerships partnerships;
	private final Partners partners;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;

	public ActivePartnerships(ApplicationContext context) {
		this.partnerships = context.getBean(Partnerships.class);
		this.partners = context.getBean(Partners.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** An active partnership of these people, seated in the order given. */
	public long active(String focus, AccountPrincipal... members) {
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

	/** Closed as it stands, without the closing round. */
	public void close(long partnershipId) {
		transaction.executeWithoutResult(status -> closeNow(partnershipId));
	}

	private void closeNow(long partnershipId) {
		Partnership p = partnerships.findById(partnershipId).orElseThrow();
		p.becomes(PartnershipState.CLOSED, Instant.now());
		partnerships.saveAndFlush(p);
	}
}
