package org.constellation.shared;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;

/** A page of a list already held whole, for lists kept or built in memory. */
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
}
