package org.constellation.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request refused at the edge for one field, in the same shape everywhere:
 * problem+json naming the field for the API (as {@link ApiProblems} answers),
 * the "We could not read what was sent" page for pages.
 */
final class Refusals {

	private Refusals() {
	}

	/** For a filter, before any handler runs. */
	static void badParameter(HttpServletRequest request, HttpServletResponse response, JsonMapper json, String field,
			String message) throws IOException {
		String detail = field + ": " + message;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
			problem.setTitle("Invalid input");
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		} else {
			response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
		}
	}

	/**
	 * For a handler's argument: a 400 whose problem names the field (the API
	 * answers it as problem+json, a page as the error page).
	 */
	static ResponseStatusException badField(String field, String message) {
		ResponseStatusException refused = new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": " + message);
		refused.getBody().setTitle("Invalid input");
		refused.getBody().setDetail(field + ": " + message);
		refused.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return refused;
	}
}
