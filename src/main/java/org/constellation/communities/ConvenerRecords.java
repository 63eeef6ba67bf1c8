package org.constellation.communities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk reads of who convenes which communities and who has belonged to them
 * since when, for the recognition of social artists. Each answer costs one
 * query per 1,000 ids, whatever the number of people; it reads facts every
 * signed-in person sees on the communities' cards (conveners, member counts),
 * never what is written inside a community.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ConvenerRecords {

	static final int CHUNK = 1000;

	/**
	 * An active membership and when it began (when the person joined, asked to join
	 * or was invited).
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Joined(long communityId, long practitionerId, Instant joinedAt) {
	}

	private final Memberships memberships;

	ConvenerRecords(Memberships memberships) {
		this.memberships = memberships;
	}

	/** Everyone who convenes at least one community now, by name. */
	public Page<Long> convenerIds(Pageable pageable) {
		return memberships.convenersByName(pageable);
	}

	/** The communities each of these people convenes now. */
	public List<Joined> convenedBy(Collection<Long> practitionerIds) {
		return chunked(practitionerIds, memberships::convenedBy);
	}

	/** Every active membership of these communities. */
	public List<Joined> activeMembershipsIn(Collection<Long> communityIds) {
		return chunked(communityIds, memberships::joinedIn);
	}

	/** Every active membership of these people, in any community. */
	public List<Joined> activeMembershipsOf(Collection<Long> practitionerIds) {
		return chunked(practitionerIds, memberships::joinedBy);
	}

	private static List<Joined> chunked(Collection<Long> ids,
			java.util.function.Function<Collection<Long>, List<Joined>> query) {
		List<Long> all = ids.stream().distinct().toList();
		List<Joined> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
		}
		return found;
	}
}
