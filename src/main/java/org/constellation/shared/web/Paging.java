package org.constellation.shared.web;

import java.util.List;
import org.constellation.shared.Pages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One page of a list as a page of the site asks for it: the {@code page}
 * parameter from the address (counted from 0; a negative one reads as the first
 * page) at the list's own fixed size. Pages beyond
 * {@link ParameterBounds#MAX_PAGE} never get here: that filter refuses them
 * with 400 first, for pages and the API alike. The API takes its sizes through
 * Spring Data's {@code Pageable} and its own bounds, which this leaves alone.
 * <p>
 * The pagination fragment ({@code fragments :: pagination(page, baseUrl)})
 * reads the {@link Page} this gives, with the list's address and its filters;
 * {@link #link} writes such an address for a given page, as the fragment does.
 */
public record Paging(int page, int size) {

	public Paging {
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one item, not " + size);
		}
		page = Math.max(page, 0);
	}

	/** Page {@code page} of a list shown {@code size} at a time. */
	public static Paging of(int page, int size) {
		return new Paging(page, size);
	}

	/** The first {@code size} items, for a list shown in part ("the 5 newest"). */
	public static Pageable first(int size) {
		return of(0, size).pageable();
	}

	public Pageable pageable() {
		return PageRequest.of(page, size);
	}

	public Pageable pageable(Sort sort) {
		return PageRequest.of(page, size, sort);
	}

	/**
	 * This page of a list already held whole (a page past the end is empty, and
	 * still counts the whole list).
	 */
	public <T> Page<T> slice(List<T> all) {
		return Pages.of(all, pageable());
	}

	/**
	 * The address of page {@code page} of the list at {@code baseUrl} (which may
	 * already carry filters): the first page is the address itself.
	 */
	public static String link(String baseUrl, int page) {
		if (page <= 0) {
			return baseUrl;
		}
		return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "page=" + page;
	}
}
