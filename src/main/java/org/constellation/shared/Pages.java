package org.constellation.shared;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.modulith.NamedInterface;

/**
 * A page of a list already held whole, for lists kept or built in memory; and a
 * page read as a slice, with its total counted a while ago.
 */
@NamedInterface(name = "api", propagate = false)
public final class Pages {

	private Pages() {
	}

	/**
	 * The items of {@code pageable}'s page, counting the whole list; a page past
	 * the end is empty.
	 */
	public static <T> Page<T> of(List<T> all, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = (int) Math.min((long) from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	/**
	 * A slice read now, with a total counted a few seconds ago (a count of every
	 * row at national scale costs more than the page): the total is raised where it
	 * would contradict the page, so someone who joined since is never on a page
	 * past the last.
	 */
	public static <T> Page<T> counted(Slice<T> slice, long keptTotal) {
		Pageable pageable = slice.getPageable();
		long seen = pageable.getOffset() + slice.getNumberOfElements() + (slice.hasNext() ? 1 : 0);
		return new PageImpl<>(slice.getContent(), pageable, Math.max(keptTotal, seen));
	}
}
