package org.constellation.constellation;

import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * The way from a community's home page to how it is doing. It costs no query:
 * the figures are on the health page itself.
 */
@Component
class HealthSection implements CommunitySection {

	record Model(long communityId) {
	}

	@Override
	public int order() {
		// near the end, after what the community does
		return 60;
	}

	@Override
	public String fragment() {
		return "constellation/health-section :: section";
	}

	@Override
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		return new Model(communityId);
	}
}
