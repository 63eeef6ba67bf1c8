package org.constellation.communities;

import java.util.List;

/**
 * Implemented by each module whose content a community search covers. The
 * search page asks the access policy first, so a source is only called for a
 * community the person may read.
 */
public interface CommunitySearchSource {

	List<SearchHit> search(long communityId, String text, int limit);
}
