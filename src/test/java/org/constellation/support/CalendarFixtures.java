package org.constellation.support;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.constellation.support.PartnershipFixtures.Person;

/**
 * A week with a clash, made over the API as people make it: a member's
 * partnership meets at 16:00 for an hour on a day next week, a gathering of
 * their community they said yes to starts at 16:30 that day, another they said
 * maybe to is two days later; and two other people's partnership meets at the
 * same hour, which the member must never see.
 */
public final class CalendarFixtures {

	public record ClashingWeek(Person me, Person partner, ZoneId zone, long partnership, String focus,
			int sessionNumber, ZonedDateTime sessionStart, long community, String communityName, long clashing,
			String clashingTitle, ZonedDateTime clashingStart, long later, String laterTitle, ZonedDateTime laterStart,
			String othersFocus) {
	}

	private CalendarFixtures() {
	}

	public static ClashingWeek clashingWeek(int port, String zone) {
		ZoneId zoneId = ZoneId.of(zone);
		Person me = PartnershipFixtures.newPerson(port, "Mira Calendar");
		Person partner = PartnershipFixtures.newPerson(port, "Pau Partner");
		HomeFixtures.inZone(me, zone);
		String focus = HomeFixtures.unique("Reading aloud at home");
		long partnership = PartnershipFixtures.active(focus, me, partner);
		ZonedDateTime sessionStart = ZonedDateTime.now(zoneId).plusDays(7).withHour(16).truncatedTo(ChronoUnit.HOURS);
		int number = HomeFixtures.session(me, partnership, sessionStart);

		String communityName = HomeFixtures.unique("Family voice circle");
		long community = HomeFixtures.community(partner, communityName, "OPEN", List.of());
		Api.Response joined = me.api().post("/api/v1/communities/" + community + "/membership",
				Api.json(Map.of("whyHere", "I listen to families")));
		if (joined.status() != 200) {
			throw new IllegalStateException("Could not join: " + joined);
		}
		String clashingTitle = HomeFixtures.unique("Listening evening");
		ZonedDateTime clashingStart = sessionStart.plusMinutes(30);
		long clashing = HomeFixtures.gathering(partner, community, clashingTitle, clashingStart);
		HomeFixtures.saidYes(me, clashing);
		String laterTitle = HomeFixtures.unique("Morning circle");
		ZonedDateTime laterStart = sessionStart.plusDays(2).withHour(10);
		long later = HomeFixtures.gathering(partner, community, laterTitle, laterStart);
		Api.Response maybe = me.api().put("/api/v1/gatherings/" + later + "/rsvp",
				Api.json(Map.of("response", "MAYBE")));
		if (maybe.status() != 200) {
			throw new IllegalStateException("Could not answer: " + maybe);
		}

		Person other = PartnershipFixtures.newPerson(port, "Olu Other");
		Person another = PartnershipFixtures.newPerson(port, "Ada Another");
		String othersFocus = HomeFixtures.unique("Private matters of others");
		long theirs = PartnershipFixtures.active(othersFocus, other, another);
		HomeFixtures.session(other, theirs, sessionStart);
		return new ClashingWeek(me, partner, zoneId, partnership, focus, number, sessionStart, community, communityName,
				clashing, clashingTitle, clashingStart, later, laterTitle, laterStart, othersFocus);
	}
}
