package org.constellation.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLevelConnectionsTests {

	static final long STATE = 1;
	static final long DISTRICT = 2;
	static final long SCHOOL = 3;

	static CrossLevelConnections.Membership in(long community, long person, int day) {
		return new CrossLevelConnections.Membership(community, person,
				Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day));
	}

	@Test
	void countsPairsOfDifferentLevelsWhoFirstMetInTheCommunity() {
		// community 10: people 1 (state), 2 (district), 3 (school), 4 (district)
		var connections = new CrossLevelConnections(List.of(in(10, 1, 1), in(10, 2, 2), in(10, 3, 3), in(10, 4, 4)),
				Map.of(1L, STATE, 2L, DISTRICT, 3L, SCHOOL, 4L, DISTRICT));
		// 1-2, 1-3, 1-4, 2-3, 3-4 cross levels; 2-4 are both district
		assertThat(connections.pairsFirstMeetingIn(10)).isEqualTo(5);
	}

	@Test
	void aPairThatSharedAnEarlierCommunityIsCreditedThere() {
		var connections = new CrossLevelConnections(List.of(
				// 1 and 2 were both in 20 by day 3
				in(20, 1, 1), in(20, 2, 3),
				// and both in 10 only from day 5
				in(10, 1, 5), in(10, 2, 2)), Map.of(1L, STATE, 2L, SCHOOL));
		assertThat(connections.firstShared(1, 2)).isEqualTo(20);
		assertThat(connections.pairsFirstMeetingIn(10)).isZero();
		assertThat(connections.pairsFirstMeetingIn(20)).isEqualTo(1);
	}

	@Test
	void theFirstSharedCommunityIsTheOneWhoseLaterJoiningCameFirst() {
		// in 10 one joined on day 1, the other on day 9; in 20 both on days 4 and 5
		var connections = new CrossLevelConnections(List.of(in(10, 1, 1), in(10, 2, 9), in(20, 1, 4), in(20, 2, 5)),
				Map.of(1L, STATE, 2L, SCHOOL));
		assertThat(connections.firstShared(1, 2)).isEqualTo(20);
	}

	@Test
	void onTheSameInstantTheSmallerCommunityIdCounts() {
		var connections = new CrossLevelConnections(List.of(in(30, 1, 1), in(30, 2, 2), in(12, 1, 2), in(12, 2, 1)),
				Map.of(1L, STATE, 2L, SCHOOL));
		assertThat(connections.firstShared(1, 2)).isEqualTo(12);
	}

	@Test
	void peopleWithoutALevelAreLeftOut() {
		var connections = new CrossLevelConnections(List.of(in(10, 1, 1), in(10, 2, 2), in(10, 3, 3)),
				Map.of(1L, STATE, 2L, SCHOOL));
		assertThat(connections.pairsFirstMeetingIn(10)).isEqualTo(1);
	}

	@Test
	void eachConvenerIsCreditedWithTheirCommunitiesAndCoConvenersShareThem() {
		var connections = new CrossLevelConnections(
				List.of(in(10, 1, 1), in(10, 2, 2), in(20, 3, 1), in(20, 4, 2), in(20, 5, 3)),
				Map.of(1L, STATE, 2L, SCHOOL, 3L, STATE, 4L, STATE, 5L, DISTRICT));
		Map<Long, Long> counts = connections
				.countsFor(Map.of(100L, Set.of(10L, 20L), 200L, Set.of(20L), 300L, Set.of()));
		assertThat(counts).containsEntry(100L, 3L).containsEntry(200L, 2L).containsEntry(300L, 0L);
	}
}
