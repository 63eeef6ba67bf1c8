package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.constellation.support.Api;
import org.constellation.support.PartnershipFixtures;
import org.constellation.support.PartnershipFixtures.Person;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What partnership formation asks of people: which pairs in a group must not
 * share a partnership, because one asked not to be matched with the other or
 * because a confirmed reporting line links them. Answers are unordered pairs,
 * each once, inside the group, found in one query per thousand ids. The people
 * are fresh accounts made over the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeoplePairsIT {

	@LocalServerPort
	int port;

	@Autowired
	ReportingLineService reportingLines;

	@Autowired
	DoNotMatchService doNotMatch;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Person ana;
	private Person ben;
	private Person cy;
	private Person dee;

	@BeforeEach
	void fourPeople() {
		ana = PartnershipFixtures.newPerson(port, "Pairs Ana");
		ben = PartnershipFixtures.newPerson(port, "Pairs Ben");
		cy = PartnershipFixtures.newPerson(port, "Pairs Cy");
		dee = PartnershipFixtures.newPerson(port, "Pairs Dee");
	}

	@Test
	void wishesGiveEachPairInsideTheGroupOnceWhoeverAsked() {
		wish(ana, ben);
		wish(ben, ana);
		wish(dee, cy);
		wish(cy, ana);

		assertThat(doNotMatch.keptApartAmong(List.of(ben.practitionerId(), ana.practitionerId(), ana.practitionerId())))
				.containsExactly(pair(ana, ben));
		assertThat(doNotMatch.keptApartAmong(ids(ana, ben, cy))).containsExactlyInAnyOrder(pair(ana, ben),
				pair(ana, cy));
		assertThat(doNotMatch.keptApartAmong(ids(ben, cy, dee))).containsExactly(pair(cy, dee));
		assertThat(doNotMatch.keptApartAmong(ids(ben, dee))).isEmpty();
		assertThat(doNotMatch.keptApartAmong(ids(ana))).isEmpty();
		assertThat(doNotMatch.keptApartAmong(List.of())).isEmpty();

		ana.api().delete("/api/v1/profile/do-not-match/" + ben.practitionerId());
		assertThat(doNotMatch.keptApartAmong(ids(ana, ben))).as("ben's own wish still keeps them apart")
				.containsExactly(pair(ana, ben));
	}

	@Test
	void confirmedReportingLinesGiveEachPairInsideTheGroupAndDeclaredOnesDoNot() {
		confirmedLine(ana, ben);
		confirmedLine(cy, ana);
		confirmedLine(dee, cy);
		declaredLine(ben, cy);

		assertThat(reportingLines.confirmedReportingLinesAmong(ids(ana, ben, cy)))
				.containsExactlyInAnyOrder(pair(ana, ben), pair(ana, cy));
		assertThat(reportingLines.confirmedReportingLinesAmong(ids(ben, cy))).isEmpty();
		assertThat(reportingLines.confirmedReportingLinesAmong(ids(cy, dee))).containsExactly(pair(cy, dee));
		assertThat(reportingLines.anyConfirmedReportingLineAmong(ids(ben, cy))).isFalse();
		assertThat(reportingLines.anyConfirmedReportingLineAmong(ids(ben, ana))).isTrue();
		assertThat(doNotMatch.keptApartAmong(ids(ana, ben, cy, dee))).as("lines are not wishes").isEmpty();
	}

	@Test
	void aLargeGroupCostsOneQueryPerThousandIdsAndFindsPairsAcrossThem() {
		wish(ana, dee);
		confirmedLine(ben, cy);
		// ids nobody has, with the four placed in different thousands
		List<Long> group = new ArrayList<>(LongStream.rangeClosed(1, 2_500).map(i -> -i).boxed().toList());
		group.set(10, ana.practitionerId());
		group.set(2_400, dee.practitionerId());
		group.set(1_200, ben.practitionerId());
		group.set(20, cy.practitionerId());

		assertThat(statementsFor(() -> doNotMatch.keptApartAmong(group))).isEqualTo(3);
		assertThat(doNotMatch.keptApartAmong(group)).containsExactly(pair(ana, dee));
		assertThat(statementsFor(() -> reportingLines.confirmedReportingLinesAmong(group))).isEqualTo(3);
		assertThat(reportingLines.confirmedReportingLinesAmong(group)).containsExactly(pair(ben, cy));
		assertThat(statementsFor(() -> doNotMatch.keptApartAmong(ids(ana, ben, cy, dee)))).isEqualTo(1);
	}

	private static void wish(Person asker, Person other) {
		var added = asker.api().post("/api/v1/profile/do-not-match",
				Api.json(Map.of("practitionerId", other.practitionerId())));
		assertThat(added.status()).as("wish of %s", asker.email()).isEqualTo(201);
	}

	private static void confirmedLine(Person supervisor, Person supervisee) {
		long id = declaredLine(supervisor, supervisee);
		assertThat(supervisee.api().post("/api/v1/reporting-lines/" + id + "/confirm", "").status()).isEqualTo(200);
	}

	private static long declaredLine(Person supervisor, Person supervisee) {
		var declared = supervisor.api().post("/api/v1/reporting-lines",
				Api.json(Map.of("otherPractitionerId", supervisee.practitionerId(), "relation", "I_SUPERVISE")));
		assertThat(declared.status()).isEqualTo(201);
		return declared.json().get("id").asLong();
	}

	private static List<Long> ids(Person... persons) {
		return java.util.Arrays.stream(persons).map(Person::practitionerId).toList();
	}

	private static List<Long> pair(Person one, Person other) {
		long a = one.practitionerId();
		long b = other.practitionerId();
		return List.of(Math.min(a, b), Math.max(a, b));
	}

	private long statementsFor(Supplier<Set<List<Long>>> call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		call.get();
		return statistics.getPrepareStatementCount();
	}
}
