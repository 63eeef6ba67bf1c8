package org.constellation.recognition;

import java.util.List;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.stereotype.Component;

/**
 * On a sponsor's home page, beside the constellation's figures: how many
 * value-creation stories their authors made visible for sponsors, with the way
 * to the report. One count.
 */
@Component
class ValueOnHome implements HomeSection {

	private final ValueStories stories;

	ValueOnHome(ValueStories stories) {
		this.stories = stories;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isSponsor()) {
			return Contribution.NOTHING;
		}
		long visible = stories.visibleCount();
		return Contribution.of(List.of(HomeItem
				.of(Kind.FIGURE, 50, HomeItem.text("home.figure.stories", visible), "/value/report",
						HomeItem.text("home.figure.stories.action"))
				.withFigure(String.format(java.util.Locale.ENGLISH, "%,d", visible))));
	}
}
