package org.constellation.partnerships;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a community sees of the partnerships started inside it: how many, and
 * how often they meet — counts and rhythm, never who or what is said. Two
 * queries whatever the number.
 */
@Component
class PartnershipsOnCommunityPage implements CommunitySection {

	static final Duration RHYTHM_WINDOW = Duration.ofDays(90);

	record Model(long communityId, long meeting, long starting, long heldRecently, boolean mayPropose) {
	}

	private final Partnerships partnerships;
	private final Clock clock;

	PartnershipsOnCommunityPage(Partnerships partnerships, Clock clock) {
		this.partnerships = partnerships;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String fragment() {
		return "partnerships/community-section :: section";
	}

	@Override
	@Transactional(readOnly = true)
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		Map<PartnershipState, Long> counts = new EnumMap<>(PartnershipState.class);
		for (Object[] row : partnerships.countsByStateIn(communityId)) {
			counts.put((PartnershipState) row[0], (Long) row[1]);
		}
		long meeting = counts.getOrDefault(PartnershipState.ACTIVE, 0L)
				+ counts.getOrDefault(PartnershipState.PAUSED, 0L);
		long starting = counts.getOrDefault(PartnershipState.FORMING, 0L)
				+ counts.getOrDefault(PartnershipState.OPENING, 0L);
		long held = meeting == 0
				? 0
				: partnerships.heldInCommunitySince(communityId, clock.instant().minus(RHYTHM_WINDOW));
		return new Model(communityId, meeting, starting, held, standing.canContribute());
	}
}
