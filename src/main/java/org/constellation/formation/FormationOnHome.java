package org.constellation.formation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * On the home page: formation runs of the last weeks that wait for someone,
 * still solving or finished with proposals none of which was sent. A steward
 * sees every run; anyone else the runs they started. One statement.
 */
@Component
class FormationOnHome implements HomeSection {

	/** A run older than this that nobody sent is left behind, not nagged about. */
	static final Duration RECENT = Duration.ofDays(30);

	static final int SHOWN = 3;

	private final FormationRuns runs;
	private final Clock clock;

	FormationOnHome(FormationRuns runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isSteward() && !viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		Instant since = clock.instant().minus(RECENT);
		List<FormationRuns.Waiting> waiting = viewer.isSteward()
				? runs.waiting(since, PageRequest.of(0, SHOWN))
				: runs.waitingFor(since, viewer.practitionerId(), PageRequest.of(0, SHOWN));
		Kind kind = viewer.isSteward() ? Kind.ATTENTION : Kind.NOW;
		return Contribution.of(waiting.stream()
				.map(run -> run.status() == RunStatus.RUNNING
						? HomeItem.of(kind, 20, HomeItem.text("home.formation.running", run.cohortLabel()),
								"/formation/" + run.id(), HomeItem.text("home.formation.running.action"))
						: HomeItem
								.of(kind, 10, HomeItem.text("home.formation.review", run.cohortLabel()),
										"/formation/" + run.id(), HomeItem.text("home.formation.review.action"))
								.withDetail(HomeItem.text("home.formation.review.text", run.groups())))
				.toList());
	}
}
