package org.constellation.communities;

import java.time.Instant;
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
	private final PracticeWorkOutputs outputs;
	private final Artifacts artifacts;
	private final GlossaryTerms terms;

	RepertoireActivity(PracticeWorks works, PracticeWorkOutputs outputs, Artifacts artifacts, GlossaryTerms terms) {
		this.works = works;
		this.outputs = outputs;
		this.artifacts = artifacts;
		this.terms = terms;
	}

	@Override
	public int contributions(long communityId, long practitionerId, Instant since) {
		long count = works.countByCommunityIdAndProposedByAndCreatedAtGreaterThanEqual(communityId, practitionerId,
				since)
				+ outputs.countAddedBy(communityId, practitionerId, since)
				+ artifacts.countByCommunityIdAndCreatedByAndCreatedAtGreaterThanEqual(communityId, practitionerId,
						since)
				+ terms.countByCommunityIdAndCreatedByAndCreatedAtGreaterThanEqual(communityId, practitionerId, since);
		return (int) Math.min(Integer.MAX_VALUE, count);
	}
}
