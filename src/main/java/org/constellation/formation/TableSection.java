package org.constellation.formation;

import org.constellation.communities.CommunitySection;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * The way from a community's home page to "Who is missing from the table", for
 * those who may open it. It costs no query: the gaps are worked out on the page
 * itself, not on every visit to the home page.
 */
@Component
class TableSection implements CommunitySection {

	record Model(long communityId, boolean visible) {
	}

	@Override
	public int order() {
		// after what is happening in the community, right above "Who takes part"
		return 90;
	}

	@Override
	public String fragment() {
		return "formation/table-section :: section";
	}

	@Override
	public Object model(long communityId, Standing standing, AccountPrincipal viewer) {
		return new Model(communityId, TableRecommendations.maySee(viewer, standing));
	}
}
