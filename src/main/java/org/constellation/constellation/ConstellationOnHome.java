package org.constellation.constellation;

import java.util.ArrayList;
import java.util.List;
import org.constellation.constellation.ConstellationService.Headline;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.stereotype.Component;

/**
 * On a sponsor's home page, the constellation's headline figures, each leading
 * to the view it comes from; on a steward's, the communities that need
 * attention and those missing someone their charter asks for. All from the
 * snapshot the map already keeps: no statement per request, however many
 * communities and practitioners there are.
 */
@Component
class ConstellationOnHome implements HomeSection {

	private final ConstellationService constellation;

	ConstellationOnHome(ConstellationService constellation) {
		this.constellation = constellation;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isSponsor() && !viewer.isSteward()) {
			return Contribution.NOTHING;
		}
		Headline h = constellation.headline();
		List<HomeItem> items = new ArrayList<>();
		if (viewer.isSponsor()) {
			items.add(figure(10, h.communities(), HomeItem.text("home.figure.communities", h.communities()),
					"/constellation", "home.figure.communities.action"));
			items.add(figure(20, h.practitionersInCommunities(),
					HomeItem.text("home.figure.practitioners", h.practitionersInCommunities()), "/constellation/health",
					"home.figure.practitioners.action"));
			items.add(HomeItem
					.of(Kind.FIGURE, 30, HomeItem.text("home.figure.crossLevel"), "/constellation",
							HomeItem.text("home.figure.crossLevel.action"))
					.withFigure(h.crossLevelPercent() + "%")
					.withDetail(HomeItem.text("home.figure.crossLevel.text", h.crossLevel(), h.communities())));
			items.add(figure(40, h.issueLevelGaps(), HomeItem.text("home.figure.gaps", h.issueLevelGaps()),
					"/constellation/coverage", "home.figure.gaps.action"));
		}
		if (viewer.isSteward()) {
			if (h.needingAttention() > 0) {
				items.add(HomeItem
						.of(Kind.ATTENTION, 30, HomeItem.text("home.attention.health", h.needingAttention()),
								"/constellation/health#attention-title", HomeItem.text("home.attention.health.action"))
						.withDetail(HomeItem.text("home.attention.health.text")));
			}
			if (h.communitiesMissingSomeone() > 0) {
				items.add(HomeItem
						.of(Kind.ATTENTION, 40, HomeItem.text("home.attention.table", h.communitiesMissingSomeone()),
								"/constellation/coverage#gaps-title", HomeItem.text("home.attention.table.action"))
						.withDetail(HomeItem.text("home.attention.table.text")));
			}
		}
		return Contribution.of(items);
	}

	private static HomeItem figure(int urgency, int value, HomeItem.Text label, String link, String action) {
		return HomeItem.of(Kind.FIGURE, urgency, label, link, HomeItem.text(action))
				.withFigure(String.format(java.util.Locale.ENGLISH, "%,d", value));
	}
}
