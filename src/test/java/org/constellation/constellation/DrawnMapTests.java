package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationService.DrawnMap;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapLink;
import org.constellation.constellation.ConstellationService.MapView;
import org.junit.jupiter.api.Test;

/**
 * What the map draws: at most 400 communities, the most joined, and the links
 * among them; past 2,000 lines, each community's five strongest ties.
 */
class DrawnMapTests {

	/**
	 * n communities, community i with i members, every pair linked by (i + j) % 17
	 * + 1 members.
	 */
	private static MapView complete(int n) {
		List<MapCommunity> communities = new ArrayList<>();
		for (long i = 1; i <= n; i++) {
			communities.add(new MapCommunity(i, "Community " + i, Stage.POTENTIAL, List.of(), List.of(), false, (int) i,
					0, List.of()));
		}
		List<MapLink> links = new ArrayList<>();
		for (long i = 1; i <= n; i++) {
			for (long j = i + 1; j <= n; j++) {
				links.add(new MapLink(i, j, (int) ((i + j) % 17) + 1, 0));
			}
		}
		return new MapView(List.of(), communities, links, false, n, Map.of(), Map.of());
	}

	@Test
	void aSmallMapIsDrawnWhole() {
		MapView view = complete(40); // 780 links
		DrawnMap drawn = ConstellationService.drawnOf(view);
		assertThat(drawn.communities()).hasSize(40);
		assertThat(drawn.links()).containsExactlyElementsOf(view.links());
		assertThat(drawn.linksLeftOut()).isZero();
	}

	@Test
	void aTangleKeepsEachCommunitysFiveStrongestTiesAndSaysHowManyItLeftOut() {
		MapView view = complete(120); // 7,140 links
		DrawnMap drawn = ConstellationService.drawnOf(view);

		assertThat(drawn.links().size() + drawn.linksLeftOut()).isEqualTo(view.links().size());
		assertThat(drawn.links().size()).isLessThanOrEqualTo(120 * ConstellationService.TIES_EACH);
		Set<MapLink> kept = new HashSet<>(drawn.links());
		for (MapCommunity c : view.communities()) {
			List<MapLink> ties = view.links().stream().filter(l -> l.source() == c.id() || l.target() == c.id())
					.sorted(Comparator.comparingInt(MapLink::sharedMembers).reversed()).toList();
			int fifth = ties.get(ConstellationService.TIES_EACH - 1).sharedMembers();
			// every tie stronger than its fifth strongest is drawn, and at least five are
			assertThat(ties.stream().filter(l -> l.sharedMembers() > fifth)).allMatch(kept::contains);
			assertThat(ties.stream().filter(kept::contains).count())
					.isGreaterThanOrEqualTo(ConstellationService.TIES_EACH);
		}
	}

	@Test
	void onlyTheFourHundredMostJoinedCommunitiesAreDrawnWithOnlyTheirLinks() {
		MapView view = complete(450);
		DrawnMap drawn = ConstellationService.drawnOf(view);
		assertThat(drawn.communities()).hasSize(ConstellationService.DRAWN);
		Set<Long> ids = drawn.communities().stream().map(MapCommunity::id).collect(Collectors.toSet());
		assertThat(ids).doesNotContain(1L, 50L).contains(51L, 450L);
		assertThat(drawn.links()).allMatch(l -> ids.contains(l.source()) && ids.contains(l.target()));
	}
}
