package org.constellation.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers in a query or form that no list can reach, refused with 400 naming
 * the field before any handler sees them (problem+json for the API, the "We
 * could not read what was sent" page for pages), so that nothing is stored:
 * <ul>
 * <li>a {@code page} beyond {@link #MAX_PAGE}: a list's row offset is page
 * times size, and the database takes it as a 32-bit number; page 2147483647 of
 * 100 overflowed it and the list answered 500. Sizes stop at 100
 * ({@code spring.data.web.pageable.max-page-size}; the pages that count their
 * own pages use 50 at most), so a page up to a million keeps the offset under
 * 100 million rows, far inside the limit and far beyond any list we hold;</li>
 * <li>a list index in a field's name ({@code inviteeEmails[99999999]}) at or
 * beyond {@link #MAX_LIST_INDEX}: a form is built through its record's
 * constructor, and Spring's binder made an empty list for such an index and
 * then failed to set it (a 500). The same limit is the binder's own
 * ({@link Binders}), so what passes here always fits.</li>
 * </ul>
 */
@Component
class ParameterBounds extends OncePerRequestFilter {

	static final long MAX_PAGE = 1_000_000;
	/** The longest list a form sends is a proposal's six invitees. */
	static final int MAX_LIST_INDEX = 100;

	private static final Pattern INDEX = Pattern.compile("\\[\\s*\\+?(\\d+)\\s*]");
	private static final Pattern NUMBER = Pattern.compile("\\s*\\+?\\d+\\s*");

	private final JsonMapper json;

	ParameterBounds(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
			if (p.getKey().equals("page")) {
				for (String value : p.getValue()) {
					if (value != null && NUMBER.matcher(value).matches() && tooLarge(value.strip(), MAX_PAGE)) {
						Refusals.badParameter(request, response, json, "page",
								"Lists go up to page " + String.format("%,d", MAX_PAGE));
						return;
					}
				}
			}
			Matcher index = INDEX.matcher(p.getKey());
			while (index.find()) {
				if (tooLarge(index.group(1), MAX_LIST_INDEX - 1)) {
					Refusals.badParameter(request, response, json, p.getKey().substring(0, index.start()),
							"A list here holds at most " + MAX_LIST_INDEX + " entries");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Digits compared without parsing, so no length of them can overflow. */
	private static boolean tooLarge(String digits, long limit) {
		String number = digits.replaceFirst("^\\+", "").replaceFirst("^0+(?=\\d)", "");
		String max = Long.toString(limit);
		return number.length() > max.length() || number.length() == max.length() && number.compareTo(max) > 0;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	/** Every binder grows lists only as far as the filter lets indexes through. */
	@ControllerAdvice
	static class Binders {

		@InitBinder
		void limitLists(WebDataBinder binder) {
			binder.setAutoGrowCollectionLimit(MAX_LIST_INDEX);
		}
	}
}
