package org.constellation.formation;

import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a community's home page, for its conveners and for stewards: a way to form
 * partnerships among its members, and the latest run. Nothing for anyone else;
 * one query.
 */
@Component
class FormationOnCommunityPage implements CommunitySection {

	record Model(long communityId, boolean visible, FormationRun latest) {
	}

	private final FormationRuns runs;

	FormationOnCommunityPage(FormationRuns runs) {
		this.runs = runs;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String fragment() {
		return "formation/community-section :: section";
	}

	@Override
	@Transactional(readOnly = true)
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		if (!standing.canConvene() && (viewer == null || !viewer.has(Role.STEWARD))) {
			return new Model(communityId, false, null);
		}
		return new Model(communityId, true,
				runs.findByCommunityIdOrderByCreatedAtDescIdDesc(communityId, PageRequest.of(0, 1)).stream().findFirst()
						.orElse(null));
	}
}
