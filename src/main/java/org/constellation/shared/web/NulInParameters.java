package org.constellation.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
		String detail = field + ": " + MESSAGE;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
			problem.setTitle("Invalid input");
			problem.setProperty("errors", List.of(Map.of("field", field, "message", MESSAGE)));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		} else {
			response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
		}
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
