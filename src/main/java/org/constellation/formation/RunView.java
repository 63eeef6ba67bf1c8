package org.constellation.formation;

import java.util.List;
import java.util.Map;
import org.constellation.partnerships.FormedStatus;
import org.springframework.data.domain.Page;

/**
 * A run as its pages and API show it: the run, a page of its groups with their
 * explanations, who was left unassigned and why, names, and for groups already
 * sent, how their invitations were answered (counts only).
 */
public record RunView(FormationRun run, String communityName, Page<GroupView> groups, List<UnassignedPerson> unassigned,
		Map<Long, String> names, long groupCount) {

	public record GroupView(ProposedGroup group, GroupExplanation explanation, FormedStatus status) {
	}

	public boolean finished() {
		return run.getStatus().isFinished();
	}
}
