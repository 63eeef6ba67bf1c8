package org.constellation.support;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constellation.gatherings.GatheringFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import tools.jackson.databind.node.ObjectNode;

/**
 * People whose home pages have something to say, made over the API as people
 * make them: a busy member with a session planned in their partnership, an
 * opening step awaiting their answer, a gathering they said yes to, an unread
 * reply and someone asking to join the community they convene.
 */
public final class HomeFixtures {

	/**
	 * A busy member and what waits for them.
	 *
	 * @param me
	 *            the member, reading times in {@code zone}
	 * @param partner
	 *            their partner in both partnerships, who replied to their thread
	 * @param asker
	 *            who asks to join the community they convene
	 */
	public record BusyMember(Person me, Person partner, Person asker, ZoneId zone, long activePartnership,
			String activeFocus, int sessionNumber, ZonedDateTime sessionStart, long openingPartnership,
			String openingFocus, long convened, String convenedName, long circle, long gathering, String gatheringTitle,
			ZonedDateTime gatheringStart, long thread) {
	}

	private HomeFixtures() {
	}

	public static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	/** A member with one of everything the home page shows them first. */
	public static BusyMember busyMember(int port, String zone) {
		Person me = PartnershipFixtures.newPerson(port, "Ana Busy");
		Person partner = PartnershipFixtures.newPerson(port, "Ben Partner");
		Person asker = PartnershipFixtures.newPerson(port, "Cleo Asker");
		ZoneId zoneId = ZoneId.of(zone);
		inZone(me, zone);

		String activeFocus = unique("Reading with newcomers");
		long active = PartnershipFixtures.active(activeFocus, me, partner);
		ZonedDateTime sessionStart = ZonedDateTime.now(zoneId).plusDays(2).withHour(16).truncatedTo(ChronoUnit.HOURS);
		int number = session(me, active, sessionStart);

		String openingFocus = unique("Listening to families");
		long opening = PartnershipFixtures.proposed(openingFocus, partner, me);
		PartnershipFixtures.accept(opening, me);

		String convenedName = unique("Co-teaching circle");
		long convened = community(me, convenedName, "REQUEST", List.of());
		created(asker.api().post("/api/v1/communities/" + convened + "/membership",
				Api.json(Map.of("whyHere", "I co-teach in a fourth grade"))), 200);

		long circle = community(me, unique("Family voice circle"), "OPEN", List.of());
		created(partner.api().post("/api/v1/communities/" + circle + "/membership",
				Api.json(Map.of("whyHere", "I listen to families every day"))), 200);
		String gatheringTitle = unique("Spring listening session");
		ZonedDateTime gatheringStart = ZonedDateTime.now(zoneId).plusDays(5).withHour(18).truncatedTo(ChronoUnit.HOURS);
		long gathering = gathering(partner, circle, gatheringTitle, gatheringStart);
		saidYes(me, gathering);
		long thread = created(me.api().post("/api/v1/communities/" + circle + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", unique("What helps a first meeting?"), "body",
						"What helps families speak first at a meeting?"))),
				201).get("id").asLong();
		created(partner.api().post("/api/v1/threads/" + thread + "/replies",
				Api.json(Map.of("kind", "BUILDS_ON", "body", "And asking them what they hope for first"))), 201);
		return new BusyMember(me, partner, asker, zoneId, active, activeFocus, number, sessionStart, opening,
				openingFocus, convened, convenedName, circle, gathering, gatheringTitle, gatheringStart, thread);
	}

	/** A one-off session of the partnership at that moment; its number. */
	public static int session(Person by, long partnership, ZonedDateTime start) {
		return created(by.api().post("/api/v1/partnerships/" + partnership + "/sessions",
				Api.json(Map.of("date", start.toLocalDate().toString(), "time", start.toLocalTime().toString(),
						"timeZone", start.getZone().getId(), "durationMinutes", 60))),
				201).get("session").get("number").asInt();
	}

	/** A public community convened by this person; its id. */
	public static long community(Person convener, String name, String joinPolicy, Collection<Long> issueIds) {
		return community(convener, name, joinPolicy, "PUBLIC", issueIds);
	}

	/** A community convened by this person, public or for its members; its id. */
	public static long community(Person convener, String name, String joinPolicy, String visibility,
			Collection<Long> issueIds) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "purpose", "Learning together on a shared issue",
				"joinPolicy", joinPolicy, "visibility", visibility, "issueIds", issueIds));
		return created(convener.api().post("/api/v1/communities", Api.json(body)), 201).get("id").asLong();
	}

	public static long gathering(Person by, long community, String title, ZonedDateTime start) {
		return created(by.api().post("/api/v1/communities/" + community + "/gatherings",
				Api.json(GatheringFixtures.draft(title, start, 90))), 201).get("gathering").get("id").asLong();
	}

	public static void saidYes(Person person, long gathering) {
		created(person.api().put("/api/v1/gatherings/" + gathering + "/rsvp", Api.json(Map.of("response", "YES"))),
				200);
	}

	/** Changes the person's time zone on their profile. */
	public static void inZone(Person person, String zone) {
		ObjectNode profile = (ObjectNode) created(person.api().get("/api/v1/me/profile"), 200);
		profile.put("timeZone", zone);
		created(person.api().put("/api/v1/me/profile", profile.toString()), 200);
	}

	/** Sets the issues the person cares about on their profile. */
	public static void withConcerns(Person person, Collection<Long> issueIds) {
		ObjectNode profile = (ObjectNode) created(person.api().get("/api/v1/me/profile"), 200);
		var concerns = profile.putArray("concernIds");
		issueIds.forEach(concerns::add);
		created(person.api().put("/api/v1/me/profile", profile.toString()), 200);
	}

	private static tools.jackson.databind.JsonNode created(Api.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + ": " + response);
		}
		return response.json();
	}
}
