package org.constellation.communities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.shared.Ref;
import org.springframework.modulith.NamedInterface;

/**
 * A community with the names of what its charter refers to, as pages and the
 * API show it. {@code levels} are the levels of scale its places span.
 */
@NamedInterface(name = "api", propagate = false)
public record CommunityView(Community community, List<Ref> issues, List<Ref> stakeholderGroups, List<Ref> neededLevels,
		List<ScopePlace> places, List<Ref> levels, List<ConvenerView> conveners, Map<Participation, Long> participation,
		Set<CharterQuestion> unanswered) {

	public Long id() {
		return community.getId();
	}

	public String name() {
		return community.getName();
	}

	/** Places at more than one level of scale make a cross-level community. */
	public boolean crossLevel() {
		return levels.size() > 1;
	}

	public boolean charterComplete() {
		return unanswered.isEmpty();
	}

	public long memberCount() {
		return participation.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(Participation level) {
		return participation.getOrDefault(level, 0L);
	}
}
