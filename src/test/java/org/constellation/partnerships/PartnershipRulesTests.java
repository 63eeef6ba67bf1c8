package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.partnerships.Partnership.ReportingLines;
import org.constellation.partnerships.Partnership.Settled;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
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

	// The partnership guards its own life

	private static final long ID = 42;

	/** Nobody shares a reporting line with anyone. */
	private static final ReportingLines PEERS = lines(Set.of());

	/** Reporting lines between these pairs of practitioners. */
	private static ReportingLines lines(Set<Set<Long>> pairs) {
		return new ReportingLines() {

			@Override
			public Set<Long> sharedWith(long newcomer, List<Long> partnersIn) {
				return Set.copyOf(partnersIn.stream().filter(p -> pairs.contains(Set.of(newcomer, p))).toList());
			}

			@Override
			public boolean anyAmong(List<Long> partnersIn) {
				return pairs.stream().anyMatch(pair -> partnersIn.containsAll(pair));
			}
		};
	}

	/** A partnership as the database hands it back, with its id. */
	private static Partnership saved(Partnership p) {
		try {
			Field id = Partnership.class.getDeclaredField("id");
			id.setAccessible(true);
			id.set(p, ID);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
		return p;
	}

	/**
	 * Proposed by practitioner 1, who holds the first seat, to practitioners 2 to
	 * {@code size}; nobody has answered yet.
	 */
	private static Partnership proposed(int size) {
		Partnership p = saved(new Partnership("Focus", "", Set.of(), null, true, 1, 1, NOW));
		p.seatProposer(1, NOW);
		List<Long> invitees = new ArrayList<>();
		for (long i = 2; i <= size; i++) {
			invitees.add(i);
		}
		p.invite(1, invitees, Map.of(), List.of(), List.of(), NOW);
		return p;
	}

	/** Everyone invited accepted: the opening has begun. */
	private static Partnership opening(int size) {
		Partnership p = proposed(size);
		for (long i = 2; i <= size; i++) {
			p.accept(i, PEERS, NOW);
		}
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.OPENED);
		return p;
	}

	/**
	 * Every step of a one-step opening done, and every partner confirmed: active.
	 */
	private static Partnership active(int size) {
		Partnership p = opening(size);
		p.completeStep(1, NOW);
		for (long i = 1; i <= size; i++) {
			Partner partner = placeOf(p, i);
			partner.affirmTenets(NOW);
			partner.confirmTrust(Trust.CONFIRMED, null, NOW);
		}
		assertThat(p.activateIfAllTrust(1, NOW)).isTrue();
		return p;
	}

	private static Partner placeOf(Partnership p, long practitionerId) {
		return p.placeOf(practitionerId).orElseThrow();
	}

	@Test
	void theSizeRuleIsTwoToSeven() {
		assertThat(Partnership.isPossibleSize(1)).isFalse();
		assertThat(Partnership.isPossibleSize(2)).isTrue();
		assertThat(Partnership.isPossibleSize(7)).isTrue();
		assertThat(Partnership.isPossibleSize(8)).isFalse();
		assertThat(Partnership.isEnough(1)).isFalse();
		assertThat(Partnership.freeSeats(5)).isEqualTo(2);
		assertThat(Partnership.freeSeats(9)).isZero();
	}

	@Test
	void refusesAnEighthPartnerItself() {
		Partnership p = opening(6);
		p.askToJoin(7, "", NOW);
		p.askToJoin(8, "", NOW);
		p.welcome(7, PEERS, NOW);
		assertThat(p.partnerIds()).hasSize(Partnership.MAX_PARTNERS);

		assertThatThrownBy(() -> p.welcome(8, PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessage(Partnership.FULL);
		assertThat(placeOf(p, 8).getStatus()).as("still asking").isEqualTo(PartnerStatus.REQUESTED);
		assertThatThrownBy(() -> p.askToJoin(9, "", NOW)).isInstanceOf(ConflictException.class)
				.hasMessage(Partnership.FULL);
		assertThatThrownBy(() -> p.invite(1, List.of(9L), Map.of(), List.of(), List.of(), NOW))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("There is room for 0 more");
		assertThat(p.partnerIds()).hasSize(Partnership.MAX_PARTNERS);
	}

	@Test
	void invitationsCountAgainstTheSeatsAddressesIncluded() {
		Partnership p = proposed(5);
		assertThatThrownBy(() -> p.requireRoomFor(List.of(6L, 7L), List.of("x@example.org"), List.of()))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("There is room for 2 more");
		assertThatThrownBy(() -> p.requireRoomFor(List.of(6L), List.of(), List.of("a@example.org", "b@example.org")))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("There is room for 0 more");
		assertThatThrownBy(() -> p.requireRoomFor(List.of(3L), List.of(), List.of()))
				.isInstanceOf(ConflictException.class).hasMessageContaining("already a partner or invited");
		p.requireRoomFor(List.of(6L), List.of("x@example.org"), List.of());
	}

	@Test
	void seatsAreTakenInOrderAndGivenBack() {
		Partnership p = opening(3);
		assertThat(p.partnerIds()).containsExactly(1L, 2L, 3L);
		assertThat(placeOf(p, 3).getSeat()).isEqualTo(3);
		p.stepOut(2, NOW);
		p.askToJoin(4, "", NOW);
		p.welcome(4, PEERS, NOW);
		assertThat(placeOf(p, 4).getSeat()).as("the seat given back").isEqualTo(2);
	}

	@Test
	void refusesASeatInAClosedPartnership() {
		Partnership p = proposed(3);
		p.accept(2, PEERS, NOW);
		p.becomes(PartnershipState.CLOSED, NOW);
		assertThatThrownBy(() -> p.accept(3, PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("closed");
		assertThat(placeOf(p, 3).getStatus()).isEqualTo(PartnerStatus.INVITED);
		assertThatThrownBy(() -> p.invite(1, List.of(4L), Map.of(), List.of(), List.of(), NOW))
				.isInstanceOf(ConflictException.class).hasMessageContaining("closed");
		assertThat(p.inviteNewcomer(5, 1, "new@example.org", NOW)).isEmpty();
		assertThatThrownBy(() -> p.askToJoin(6, "", NOW)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyTheInvitedAcceptAndOnlyThoseAskingAreWelcomed() {
		Partnership p = proposed(3);
		assertThatThrownBy(() -> p.accept(1, PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("already a partner");
		assertThatThrownBy(() -> p.accept(9, PEERS, NOW)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> p.welcome(2, PEERS, NOW)).isInstanceOf(NotFoundException.class);
		p.askToJoin(5, "", NOW);
		p.turnDown(5, NOW);
		assertThatThrownBy(() -> p.welcome(5, PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessage(Partnership.ALREADY_ANSWERED);
		assertThatThrownBy(() -> p.askToJoin(2, "", NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("already been invited");
	}

	@Test
	void aNewcomerWhoSharesALineWithAPartnerDoesNotTakeASeat() {
		Partnership p = proposed(3);
		p.accept(2, PEERS, NOW);
		Partnership.Seating seating = p.accept(3, lines(Set.of(Set.of(2L, 3L))), NOW);
		assertThat(seating.isRefused()).isTrue();
		assertThat(seating.lines()).containsExactly(2L);
		assertThat(seating.newcomer().getStatus()).as("closed as a no").isEqualTo(PartnerStatus.DECLINED);
		assertThat(seating.newcomer().getSeat()).isNull();
		assertThat(p.partnerIds()).containsExactly(1L, 2L);
	}

	@Test
	void opensWhenNobodyIsLeftToAnswerAndAnAddressIsWaitedFor() {
		Partnership p = proposed(3);
		p.accept(2, PEERS, NOW);
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.UNCHANGED);
		p.decline(3, NOW);
		assertThat(p.settle(1, NOW)).as("an address not answered yet").isEqualTo(Settled.UNCHANGED);
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.OPENED);
		assertThat(p.getState()).isEqualTo(PartnershipState.OPENING);
		assertThat(p.getOpenedAt()).isEqualTo(NOW);
		assertThat(p.domainEvents()).as("opening publishes nothing").isEmpty();
	}

	@Test
	void aProposalEveryoneElseDeclinedDoesNotForm() {
		Partnership p = saved(new Partnership("Formed", "", Set.of(), null, false, 1, 1, NOW));
		p.invite(1, List.of(2L, 3L), Map.of(), List.of(), List.of(), NOW);
		p.accept(2, PEERS, NOW);
		p.decline(3, NOW);
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.DID_NOT_FORM);
		assertThat(p.getState()).isEqualTo(PartnershipState.CLOSED);
		assertThat(p.domainEvents()).isEmpty();
	}

	@Test
	void beginsTheOpeningWithTwoWhoAcceptedOnly() {
		Partnership p = proposed(3);
		assertThatThrownBy(() -> p.beginOpening(NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("at least two");
		p.accept(2, PEERS, NOW);
		p.beginOpening(NOW);
		assertThat(p.getState()).isEqualTo(PartnershipState.OPENING);
		assertThatThrownBy(() -> p.beginOpening(NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("already begun");
	}

	@Test
	void becomesActiveWhenEveryoneTrustsAndSaysSo() {
		Partnership p = opening(2);
		p.completeStep(1, NOW);
		placeOf(p, 1).affirmTenets(NOW);
		placeOf(p, 1).confirmTrust(Trust.CONFIRMED, null, NOW);
		placeOf(p, 2).affirmTenets(NOW);
		placeOf(p, 2).confirmTrust(Trust.NOT_YET, 0, NOW);
		assertThat(p.activateIfAllTrust(1, NOW)).isFalse();
		assertThat(p.domainEvents()).isEmpty();

		placeOf(p, 2).confirmTrust(Trust.CONFIRMED, null, NOW);
		assertThat(p.activateIfAllTrust(1, NOW)).isTrue();
		assertThat(p.getState()).isEqualTo(PartnershipState.ACTIVE);
		assertThat(p.domainEvents()).containsExactly(new PartnershipActivated(ID));
	}

	@Test
	void pausesAndResumesAndSaysSo() {
		Partnership p = active(3);
		assertThatThrownBy(() -> p.resume(PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessage("Only a paused partnership can be resumed");
		p.pause(NOW);
		assertThatThrownBy(() -> p.pause(NOW)).isInstanceOf(ConflictException.class)
				.hasMessage("Only an active partnership can be paused");
		p.resume(PEERS, NOW);
		assertThat(p.getState()).isEqualTo(PartnershipState.ACTIVE);
		assertThat(p.domainEvents()).containsExactly(new PartnershipActivated(ID),
				new PartnershipStateChanged(ID, PartnershipState.PAUSED),
				new PartnershipStateChanged(ID, PartnershipState.ACTIVE));
	}

	@Test
	void aLineOnRecordAmongPartnersStopsAResume() {
		Partnership p = active(3);
		p.pause(NOW);
		assertThatThrownBy(() -> p.resume(lines(Set.of(Set.of(1L, 3L))), NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("cannot resume");
		assertThat(p.getState()).isEqualTo(PartnershipState.PAUSED);
	}

	@Test
	void fewerThanTwoCloseItAndTheOneLeftCannotResume() {
		Partnership p = active(3);
		p.pause(NOW);
		p.stepOut(2, NOW);
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.UNCHANGED);
		p.stepOut(3, NOW);
		assertThat(p.settle(0, NOW)).isEqualTo(Settled.CLOSED);
		assertThat(p.getState()).isEqualTo(PartnershipState.CLOSED);
		assertThat(p.getClosedAt()).isEqualTo(NOW);
		assertThat(p.domainEvents()).endsWith(new PartnershipStateChanged(ID, PartnershipState.CLOSED));

		assertThatThrownBy(() -> p.resume(PEERS, NOW)).isInstanceOf(ConflictException.class)
				.hasMessage("Only a paused partnership can be resumed");
		assertThatThrownBy(() -> p.stepOut(1, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("closed");
		assertThatThrownBy(() -> p.stepOut(2, NOW)).as("no longer a partner").isInstanceOf(NotFoundException.class);
	}

	@Test
	void closesOnlyOnceEveryPartnerWroteWhatTheyTakeAway() {
		Partnership p = active(2);
		placeOf(p, 1).writeTakeaway("Patience", NOW);
		assertThatThrownBy(() -> p.close(NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("1 partner has not written");
		placeOf(p, 2).writeTakeaway("Listening", NOW);
		p.close(NOW);
		assertThat(p.getState()).isEqualTo(PartnershipState.CLOSED);
		assertThat(p.domainEvents()).endsWith(new PartnershipStateChanged(ID, PartnershipState.CLOSED));
		assertThatThrownBy(() -> p.close(NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("closed");
	}

	@Test
	void aDeletedAccountLeavesEvenAClosedPartnership() {
		Partnership p = active(2);
		p.becomes(PartnershipState.CLOSED, NOW);
		assertThat(p.forget(1, NOW)).contains(PartnerStatus.ACTIVE);
		assertThat(placeOf(p, 1).getStatus()).isEqualTo(PartnerStatus.LEFT);
		assertThat(p.forget(1, NOW)).isEmpty();
	}
}
