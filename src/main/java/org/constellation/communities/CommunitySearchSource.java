package org.constellation.communities;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Implemented by each module whose content a community search covers. The
 * search page asks the access policy first, so a source is only called for a
 * community the person may read.
 */
@NamedInterface(name = "api", propagate = false)
public interface CommunitySearchSource {

	List<SearchHit> search(long communityId, String text, int limit);
}
