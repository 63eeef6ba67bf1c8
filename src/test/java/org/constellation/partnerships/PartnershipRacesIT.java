package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PartnershipFixtures.accept;
import static org.constellation.support.PartnershipFixtures.confirmedLine;
import static org.constellation.support.PartnershipFixtures.declaredLine;
import static org.constellation.support.PartnershipFixtures.newPerson;
import static org.constellation.support.PartnershipFixtures.proposed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.constellation.support.Api;
import org.constellation.support.AtOnce;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules people rely on inside a partnership, attacked the way they broke
 * before: many requests released at the same instant, by every way in and out,
 * and refusals read by the people who should not learn anything from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipRacesIT {

	/**
	 * Partnerships attacked at once in each test: two requests each, twenty in all.
	 */
	private static final int ROUNDS = 10;

	@LocalServerPort
	int port;

	private static String path(long id, String rest) {
		return "/api/v1/partnerships/" + id + rest;
	}

	private static Api.Response read(Person p, long id) {
		return p.api().get(path(id, ""));
	}

	private static List<Long> partnerIds(Person reader, long id) {
		return read(reader, id).json().get("partners").valueStream().map(n -> n.get("practitionerId").asLong())
				.toList();
	}

	private static String state(Person reader, long id) {
		return read(reader, id).json().get("state").asString();
	}

	private static String notices(Person p) {
		return p.api().get("/api/v1/me/notifications?size=100").body();
	}

	private record Pair(long id, Person first, Person second, Person third) {
	}

	@Test
	void twoInviteesWhoShareALineAcceptingAtOnceNeverBothGetIn() {
		List<Pair> rounds = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Person proposer = newPerson(port, "Proposer " + i);
			Person supervisor = newPerson(port, "Supervisor " + i);
			Person staff = newPerson(port, "Staff " + i);
			confirmedLine(supervisor, staff);
			// a third party may propose to both: the line is not theirs to learn
			long id = proposed("Peers " + i, proposer, supervisor, staff);
			rounds.add(new Pair(id, supervisor, staff, proposer));
		}
		List<Supplier<Api.Response>> accepts = new ArrayList<>();
		for (Pair r : rounds) {
			accepts.add(() -> r.first().api().post(path(r.id(), "/accept"), ""));
			accepts.add(() -> r.second().api().post(path(r.id(), "/accept"), ""));
		}
		List<Api.Response> answers = AtOnce.send(accepts);
		for (int i = 0; i < ROUNDS; i++) {
			Pair r = rounds.get(i);
			List<Api.Response> mine = answers.subList(2 * i, 2 * i + 2);
			assertThat(mine).as("round %d: %s", i, mine).filteredOn(a -> a.status() == 200).hasSize(1);
			Api.Response refused = mine.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.body()).contains("peers").contains("Your invitation is closed");
			List<Long> in = partnerIds(r.third(), r.id());
			assertThat(in).as("round %d", i).hasSize(2).contains(r.third().practitionerId())
					.containsAnyOf(r.first().practitionerId(), r.second().practitionerId());
			// the refused invitation counts as a no: the others begin their opening
			assertThat(state(r.third(), r.id())).isEqualTo("OPENING");
			assertThat(notices(r.third())).as("the proposer is told of no line").doesNotContain("reporting line");
			Person winner = in.contains(r.first().practitionerId()) ? r.first() : r.second();
			assertThat(notices(winner)).as("the partner the line names is told").contains("reporting line");
		}
	}

	@Test
	void anAcceptRacingAWelcomeNeverSeatsBothPeopleOfALine() {
		List<Pair> rounds = new ArrayList<>();
		List<Person> welcomers = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Person a = newPerson(port, "Open A " + i);
			Person b = newPerson(port, "Open B " + i);
			Person supervisor = newPerson(port, "Invited supervisor " + i);
			Person staff = newPerson(port, "Asking staff " + i);
			confirmedLine(supervisor, staff);
			long id = proposed("Open to requests " + i, a, b);
			accept(id, b);
			assertThat(a.api().put(path(id, "/open-to-requests"), "{\"openToRequests\":true}").status()).isEqualTo(200);
			assertThat(a.api()
					.post(path(id, "/invitations"), Api.json(Map.of("invitees", List.of(supervisor.practitionerId()))))
					.status()).isEqualTo(200);
			var asked = staff.api().post(path(id, "/requests"), "{\"message\":\"May I join?\"}");
			assertThat(asked.status()).as("asking tells nothing of who is inside: %s", asked).isEqualTo(201);
			rounds.add(new Pair(id, supervisor, staff, a));
			welcomers.add(b);
		}
		List<Supplier<Api.Response>> both = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Pair r = rounds.get(i);
			Person welcomer = welcomers.get(i);
			both.add(() -> r.first().api().post(path(r.id(), "/accept"), ""));
			both.add(() -> welcomer.api().post(path(r.id(), "/requests/" + r.second().practitionerId()), ""));
		}
		List<Api.Response> answers = AtOnce.send(both);
		for (int i = 0; i < ROUNDS; i++) {
			Pair r = rounds.get(i);
			Api.Response accepted = answers.get(2 * i);
			Api.Response welcomed = answers.get(2 * i + 1);
			List<Long> in = partnerIds(r.third(), r.id());
			assertThat(in.containsAll(List.of(r.first().practitionerId(), r.second().practitionerId())))
					.as("round %d: both people of a line are in (accept %s, welcome %s)", i, accepted, welcomed)
					.isFalse();
			assertThat(List.of(accepted.status(), welcomed.status())).as("round %d", i).containsExactlyInAnyOrder(200,
					409);
			if (welcomed.status() == 409) {
				// the partner who welcomed is a third party: a plain "already answered"
				assertThat(welcomed.body()).contains(PartnershipService.ALREADY_ANSWERED)
						.doesNotContain("reporting line").doesNotContain("peers");
				assertThat(notices(r.second())).contains("share a confirmed reporting line");
			} else {
				assertThat(accepted.body()).contains("peers");
			}
		}
	}

	@Test
	void twoOfThreeSteppingOutAtOnceCloseThePartnershipAndTheOneLeftCannotResumeIt() {
		List<Pair> rounds = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Person a = newPerson(port, "Stays " + i);
			Person b = newPerson(port, "Goes B " + i);
			Person c = newPerson(port, "Goes C " + i);
			long id = PartnershipFixtures.active("Three of us " + i, a, b, c);
			if (i % 2 == 1) {
				assertThat(a.api().post(path(id, "/pause"), "").status()).isEqualTo(200);
			}
			rounds.add(new Pair(id, b, c, a));
		}
		List<Supplier<Api.Response>> leaving = new ArrayList<>();
		for (Pair r : rounds) {
			leaving.add(() -> r.first().api().post(path(r.id(), "/leave"), ""));
			leaving.add(() -> r.second().api().post(path(r.id(), "/leave"), ""));
		}
		List<Api.Response> answers = AtOnce.send(leaving);
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
		for (Pair r : rounds) {
			Person left = r.third();
			assertThat(state(left, r.id())).as("a partnership with one partner left").isEqualTo("CLOSED");
			assertThat(left.api().post(path(r.id(), "/resume"), "").status()).isEqualTo(409);
			assertThat(notices(left)).contains("Fewer than two partners remain");
		}
		// the closing round is offered to whoever remains, once
		Person left = rounds.getFirst().third();
		long id = rounds.getFirst().id();
		assertThat(left.api().put(path(id, "/takeaway"), "{\"takeaway\":\"What I learned\"}").status()).isEqualTo(200);
		assertThat(left.api().put(path(id, "/takeaway"), "{\"takeaway\":\"Again\"}").status()).isEqualTo(409);
	}

	@Test
	void everyoneAnsweringAnInvitationAtOnceStillOpensThePartnership() {
		List<Long> ids = new ArrayList<>();
		List<Person> proposers = new ArrayList<>();
		List<Supplier<Api.Response>> answersToSend = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Person proposer = newPerson(port, "Forming " + i);
			Person[] invited = IntStream.range(0, 5).mapToObj(n -> newPerson(port, "Invited " + n))
					.toArray(Person[]::new);
			long id = proposed("Forming at once " + i, proposer, invited);
			ids.add(id);
			proposers.add(proposer);
			for (int n = 0; n < 5; n++) {
				Person p = invited[n];
				String action = n == 0 ? "/decline" : "/accept";
				answersToSend.add(() -> p.api().post(path(id, action), ""));
			}
		}
		List<Api.Response> answers = AtOnce.send(answersToSend);
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
		for (int i = 0; i < ids.size(); i++) {
			assertThat(partnerIds(proposers.get(i), ids.get(i))).hasSize(5);
			assertThat(state(proposers.get(i), ids.get(i))).as("nobody is left to answer: the opening begins")
					.isEqualTo("OPENING");
		}
	}

	@Test
	void aLineIsNotConfirmedWhileTheTwoArePartnersAndOnlyTheConfirmerIsTold() {
		Person a = newPerson(port, "Line A");
		Person b = newPerson(port, "Line B");
		Person c = newPerson(port, "Line C");
		long id = PartnershipFixtures.active("Keeping peers", a, b, c);
		long line = declaredLine(a, b);
		// on the page: the profile again, with where they are partners and what to do
		WebSession page = WebSession.signedIn(port, b.email());
		var confirmed = page.submit("/profile", "/profile/reporting-lines/" + line, Map.of("answer", "confirm"));
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(page.get("/profile").body()).contains("Keeping peers").contains("stepped out");
		var refused = b.api().post("/api/v1/reporting-lines/" + line + "/confirm", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("Keeping peers").contains("stepped out");
		assertThat(b.api().get("/api/v1/reporting-lines").body()).contains("DECLARED").doesNotContain("CONFIRMED");
		assertThat(notices(c)).doesNotContain("reporting line");
		assertThat(state(c, id)).isEqualTo("ACTIVE");

		// once one of them stepped out, the line can be confirmed
		assertThat(a.api().post(path(id, "/leave"), "").status()).isEqualTo(200);
		assertThat(b.api().post("/api/v1/reporting-lines/" + line + "/confirm", "").status()).isEqualTo(200);
		assertThat(state(c, id)).as("two remain").isEqualTo("ACTIVE");
	}

	@Test
	void aLineConfirmedAtTheMomentOfAnAcceptNeverEndsInsideAPartnership() {
		List<Pair> rounds = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Person supervisor = newPerson(port, "Proposing supervisor " + i);
			Person staff = newPerson(port, "Invited staff " + i);
			Person other = newPerson(port, "Another peer " + i);
			long id = proposed("Confirm or accept " + i, supervisor, staff, other);
			accept(id, other);
			lines.add(declaredLine(supervisor, staff));
			rounds.add(new Pair(id, supervisor, staff, other));
		}
		List<Supplier<Api.Response>> both = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			Pair r = rounds.get(i);
			long line = lines.get(i);
			both.add(() -> r.second().api().post(path(r.id(), "/accept"), ""));
			both.add(() -> r.second().api().post("/api/v1/reporting-lines/" + line + "/confirm", ""));
		}
		List<Api.Response> answers = AtOnce.send(both);
		for (int i = 0; i < ROUNDS; i++) {
			Pair r = rounds.get(i);
			boolean staffIn = partnerIds(r.third(), r.id()).contains(r.second().practitionerId());
			boolean confirmed = r.second().api().get("/api/v1/reporting-lines").body().contains("CONFIRMED");
			assertThat(staffIn && confirmed).as("round %d: %s", i, answers.subList(2 * i, 2 * i + 2)).isFalse();
			assertThat(staffIn || confirmed).as("round %d: one of the two happened", i).isTrue();
		}
	}

	@Test
	void aWelcomeClosedByAPrivateLineReadsLikeAWithdrawnRequest() {
		Person supervisor = newPerson(port, "Quiet supervisor");
		Person third = newPerson(port, "Third partner");
		Person staff = newPerson(port, "Quiet staff");
		Person withdrawing = newPerson(port, "Withdrawing peer");
		confirmedLine(supervisor, staff);
		long id = proposed("Open door", supervisor, third);
		accept(id, third);
		third.api().put(path(id, "/open-to-requests"), "{\"openToRequests\":true}");
		assertThat(staff.api().post(path(id, "/requests"), "{}").status()).isEqualTo(201);
		assertThat(withdrawing.api().post(path(id, "/requests"), "{}").status()).isEqualTo(201);
		assertThat(withdrawing.api().post(path(id, "/decline"), "").status()).isEqualTo(200);

		var lineClosed = third.api().post(path(id, "/requests/" + staff.practitionerId()), "");
		var withdrawn = third.api().post(path(id, "/requests/" + withdrawing.practitionerId()), "");
		assertThat(lineClosed.status()).isEqualTo(withdrawn.status()).isEqualTo(409);
		assertThat(lineClosed.json().get("detail").asString()).isEqualTo(withdrawn.json().get("detail").asString());
		assertThat(notices(third)).doesNotContain("reporting line");
		assertThat(notices(staff)).contains("Your request to join a partnership is closed");
		assertThat(notices(supervisor)).contains("Quiet staff could not join");
		assertThat(partnerIds(third, id)).containsExactlyInAnyOrder(supervisor.practitionerId(),
				third.practitionerId());

		// the inviter is one of the two a line names: they are told at once
		Person another = newPerson(port, "Another staff");
		confirmedLine(supervisor, another);
		var invited = supervisor.api().post(path(id, "/invitations"),
				Api.json(Map.of("invitees", List.of(another.practitionerId()))));
		assertThat(invited.status()).isEqualTo(422);
		assertThat(invited.body()).contains("peers").contains("invitees");
	}
}
