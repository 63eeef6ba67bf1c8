package org.constellation.repertoire;

import java.time.Instant;
import org.constellation.communities.CommunityActivitySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what a member brought to the practice: work proposed, outputs added,
 * pieces of the repertoire and glossary terms added.
 */
@Component
@Transactional(readOnly = true)
class RepertoireActivity implements CommunityActivitySource {

	private final PracticeWorks works;

	RepertoireActivity(PracticeWorks works) {
		this.works = works;
	}

	@Override
	public int contributions(long communityId, long practitionerId, Instant since) {
		return (int) Math.min(Integer.MAX_VALUE, works.contributionsSince(communityId, practitionerId, since));
	}
}
