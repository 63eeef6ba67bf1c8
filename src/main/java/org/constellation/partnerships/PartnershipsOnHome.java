package org.constellation.partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: the step of an opening that waits for their
 * answer (or their private "are you ready?" once every step is done), an
 * invitation to a partnership, and people asking to join one they are in. Two
 * statements at most: their partnerships, then the current step of those in
 * their opening. Nothing said inside a partnership leaves it: only its focus
 * and the question of the step, which its partners read anyway.
 */
@Component
class PartnershipsOnHome implements HomeSection {

	private final Partners partners;
	private final OpeningSteps steps;

	PartnershipsOnHome(Partners partners, OpeningSteps steps) {
		this.partners = partners;
		this.steps = steps;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		long me = viewer.practitionerId();
		List<Partners.OnHome> rows = partners.onHome(me);
		List<HomeItem> items = new ArrayList<>();
		List<Partners.OnHome> inOpening = rows.stream()
				.filter(r -> r.status() == PartnerStatus.ACTIVE && r.state() == PartnershipState.OPENING).toList();
		if (!inOpening.isEmpty()) {
			Map<Long, Partners.OnHome> byId = inOpening.stream()
					.collect(Collectors.toMap(Partners.OnHome::partnershipId, Function.identity()));
			for (OpeningSteps.Current step : steps.currentSteps(byId.keySet(), me)) {
				Partners.OnHome row = byId.get(step.partnershipId());
				String link = "/partnerships/" + row.partnershipId() + "/opening";
				if (step.position() == null) {
					if (row.trust() == null) {
						items.add(HomeItem
								.of(Kind.NOW, 15, HomeItem.text("home.opening.ready", row.focus()), link + "#trust",
										HomeItem.text("home.opening.ready.action"))
								.withDetail(HomeItem.text("home.opening.ready.text")));
					}
				} else if (step.answersByPartner() == 0) {
					items.add(HomeItem
							.of(Kind.NOW, 10, HomeItem.text("home.opening.step", step.position(), row.focus()),
									link + "#step-" + step.position(),
									HomeItem.text("home.opening.step.action", step.position()))
							.withDetail(HomeItem.text("home.opening.step.question", step.question())));
				}
			}
		}
		for (Partners.OnHome row : rows) {
			String link = "/partnerships/" + row.partnershipId();
			if (row.status() == PartnerStatus.INVITED) {
				items.add(HomeItem
						.of(Kind.NOW, 20, HomeItem.text("home.partnership.invited", row.focus()), link,
								HomeItem.text("home.partnership.invited.action"))
						.withDetail(HomeItem.text("home.partnership.invited.text")));
			} else if (row.requests() > 0) {
				items.add(HomeItem.of(Kind.NOW, 32,
						HomeItem.text("home.partnership.requests", row.requests(), row.focus()),
						link + "#pending-title", HomeItem.text("home.partnership.requests.action", row.requests())));
			}
		}
		boolean takesPart = rows.stream().anyMatch(r -> r.status() == PartnerStatus.ACTIVE);
		return new Contribution(items, takesPart);
	}
}
