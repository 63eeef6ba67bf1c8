package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.constellation.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PartnershipRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void refusesAnEighthSeat() {
		Partner invitee = Partner.invitee(1, 8, 1, "", NOW);
		assertThatThrownBy(() -> invitee.takeSeat(8, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("7 partners already");
		assertThat(invitee.isPending()).as("nothing changed").isTrue();
		invitee.takeSeat(7, NOW);
		assertThat(invitee.isActive()).isTrue();
		assertThat(invitee.getSeat()).isEqualTo(7);
	}

	@Test
	void theProposerHoldsTheFirstSeatAndLeavingGivesItBack() {
		Partner proposer = Partner.proposer(1, 5, NOW);
		assertThat(proposer.getSeat()).isEqualTo(1);
		proposer.confirmTrust(Trust.NOT_YET, 3, NOW);
		proposer.leave(NOW);
		assertThat(proposer.getSeat()).isNull();
		assertThat(proposer.getStatus()).isEqualTo(PartnerStatus.LEFT);
		assertThat(proposer.getTrust()).as("a trust answer does not outlive the partner").isNull();
	}

	@Test
	void aConfirmedTrustForgetsTheStepToRevisit() {
		Partner partner = Partner.proposer(1, 5, NOW);
		partner.confirmTrust(Trust.NOT_YET, 4, NOW);
		assertThat(partner.getRevisitWish()).isEqualTo(4);
		partner.confirmTrust(Trust.CONFIRMED, 4, NOW);
		assertThat(partner.getRevisitWish()).isNull();
	}

	@Test
	void aClosedPartnershipRefusesEveryChange() {
		Partnership p = new Partnership("Focus", "", Set.of(), null, false, 1, 1, NOW);
		p.becomes(PartnershipState.OPENING, NOW);
		p.becomes(PartnershipState.CLOSED, NOW);
		assertThatThrownBy(() -> p.becomes(PartnershipState.ACTIVE, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("closed");
		assertThatThrownBy(() -> p.openToRequests(true, NOW)).isInstanceOf(ConflictException.class);
		assertThat(p.getState()).isEqualTo(PartnershipState.CLOSED);
	}

	@Test
	void theOpeningCountsItsStepsUpToTheLastOnly() {
		Partnership p = new Partnership("Focus", "", Set.of(), null, false, 1, 1, NOW);
		for (int i = 0; i < 5; i++) {
			p.completeStep(3, NOW);
		}
		assertThat(p.getOpeningStep()).isEqualTo(3);
	}
}
