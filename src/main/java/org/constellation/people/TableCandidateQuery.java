package org.constellation.people;

import java.util.Collection;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Who could fill the gaps at a community's table: practitioners who share at
 * least one of {@code concernIds} and belong to at least one of
 * {@code groupIds} or have their home place at one of {@code levelIds}, apart
 * from {@code excludedIds} (the community's members and the people it already
 * asked).
 */
@NamedInterface(name = "api", propagate = false)
public record TableCandidateQuery(Set<Long> concernIds, Set<Long> groupIds, Set<Long> levelIds,
		Collection<Long> excludedIds) {

	public TableCandidateQuery {
		concernIds = Set.copyOf(concernIds);
		groupIds = Set.copyOf(groupIds);
		levelIds = Set.copyOf(levelIds);
		excludedIds = Set.copyOf(excludedIds);
	}

	/** Without a shared concern or a gap to fill, nobody qualifies. */
	boolean asksForNobody() {
		return concernIds.isEmpty() || (groupIds.isEmpty() && levelIds.isEmpty());
	}
}
