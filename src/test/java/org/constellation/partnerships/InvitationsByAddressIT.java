package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.support.PartnershipFixtures.newPerson;

import java.util.Map;
import java.util.UUID;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The proposal and invite forms take email addresses. Whether an address has an
 * account must not show in anything the form answers: an address without one is
 * invited to Constellation, and the invitation waits for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvitationsByAddressIT {

	@LocalServerPort
	int port;

	private static String freshAddress(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private WebSession.Page propose(WebSession session, String focus, String... addresses) {
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("focus", focus);
		fields.put("context", "");
		for (int i = 0; i < addresses.length; i++) {
			fields.put("inviteeEmails[" + i + "]", addresses[i]);
		}
		return session.submit("/partnerships/new", "/partnerships", fields);
	}

	@Test
	void theProposalFormAnswersTheSameForAnAddressWithAndWithoutAnAccount() {
		Person proposer = newPerson(port, "Address Proposer");
		Person known = newPerson(port, "Known Invitee");
		String unknown = freshAddress("not.yet");
		WebSession session = WebSession.signedIn(port, proposer.email());

		var toKnown = propose(session, "To someone with an account", known.email());
		var toUnknown = propose(session, "To someone without one", unknown);
		assertThat(toKnown.status()).isEqualTo(toUnknown.status()).isEqualTo(302);
		assertThat(toKnown.location()).matches(".*/partnerships/\\d+");
		assertThat(toUnknown.location()).matches(".*/partnerships/\\d+");
		String knownPage = session.get(toKnown.location().replaceFirst("^https?://[^/]+", "")).body();
		String unknownPage = session.get(toUnknown.location().replaceFirst("^https?://[^/]+", "")).body();
		// each shows the address as it was typed, never the name the account holds
		assertThat(knownPage).contains(known.email()).doesNotContain("Known Invitee")
				.contains("Invitations sent to one person");
		assertThat(unknownPage).contains(unknown).contains("Invitations sent to one person");
		assertThat(knownPage + unknownPage).doesNotContain("uses Constellation");

		// the invite form on a partnership answers the same way
		long id = Long.parseLong(toKnown.location().replaceAll(".*/", ""));
		String another = freshAddress("later");
		var invitedUnknown = session.submit("/partnerships/" + id, "/partnerships/" + id + "/invitations",
				Map.of("email", another));
		var invitedKnown = session.submit("/partnerships/" + id, "/partnerships/" + id + "/invitations",
				Map.of("email", newPerson(port, "Second Known").email()));
		assertThat(invitedUnknown.status()).isEqualTo(invitedKnown.status()).isEqualTo(302);
		assertThat(invitedUnknown.location()).isEqualTo(invitedKnown.location());
		assertThat(session.get("/partnerships/" + id).body()).contains(another).doesNotContain("Second Known");

		// an address with no account is waited for as an invitee who has not answered:
		// the partnership's progress does not tell the two apart either
		Person answering = newPerson(port, "Answering Invitee");
		var both = propose(session, "Both kinds", answering.email(), freshAddress("slow"));
		long bothId = Long.parseLong(both.location().replaceAll(".*/", ""));
		assertThat(answering.api().post("/api/v1/partnerships/" + bothId + "/accept", "").status()).isEqualTo(200);
		assertThat(proposer.api().get("/api/v1/partnerships/" + bothId).json().get("state").asString())
				.isEqualTo("FORMING");
		assertThat(session.get("/partnerships/" + bothId).body()).contains("Room for 4 more");

		// whoever signs up with the address finds the invitation, and accepts it
		var created = Api.anonymous(port).post("/api/v1/accounts",
				Api.json(Map.of("email", unknown, "displayName", "Newcomer", "password", "constellation")));
		assertThat(created.status()).isEqualTo(201);
		Person newcomer = PartnershipFixtures.person(port, unknown);
		long waiting = Long.parseLong(toUnknown.location().replaceAll(".*/", ""));
		assertThat(newcomer.api().get("/api/v1/partnerships").body()).contains("To someone without one");
		assertThat(newcomer.api().post("/api/v1/partnerships/" + waiting + "/accept", "").status()).isEqualTo(200);
		assertThat(proposer.api().get("/api/v1/partnerships/" + waiting).json().get("state").asString())
				.isEqualTo("OPENING");
		assertThat(proposer.api().get("/api/v1/me/notifications?size=50").body()).contains("Newcomer joined");
	}
}
