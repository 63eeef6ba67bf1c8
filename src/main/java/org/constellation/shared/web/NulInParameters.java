package org.constellation.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same rule as {@link TextInput} for what does not come as JSON: a query
 * parameter or a posted form field holding a NUL character is refused with 400
 * naming the field, before any handler sees it. PostgreSQL cannot store NUL nor
 * compare text with it, so letting it through would fail later with a
 * misleading answer.
 */
@Component
class NulInParameters extends OncePerRequestFilter {

	static final String MESSAGE = "NUL characters are not allowed in text";

	private final JsonMapper json;

	NulInParameters(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = fieldWithNul(request.getParameterMap());
		if (field == null) {
			chain.doFilter(request, response);
			return;
		}
		Refusals.badParameter(request, response, json, field, MESSAGE);
	}

	private static String fieldWithNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> p : parameters.entrySet()) {
			if (p.getKey().indexOf('\u0000') >= 0) {
				return p.getKey().replace("\u0000", "\\u0000");
			}
			for (String value : p.getValue()) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return p.getKey();
				}
			}
		}
		return null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}
}
