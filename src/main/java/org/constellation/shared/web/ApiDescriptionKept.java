package org.constellation.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API's description (OpenAPI, as JSON and as YAML) written once per address
 * it is asked under, then served as written. The description cannot change
 * while the application runs, but springdoc writes the whole document (300 KB)
 * again on every request, and YAML slowly: 11 times the time of a static file
 * under load. Its {@code servers} entry names the address the request came to,
 * so the written document is kept per scheme, host and port (and what the
 * client accepts); past a few such keys, requests are written afresh rather
 * than kept without bound. Runs after security, which decides who may read the
 * description.
 */
@Component
class ApiDescriptionKept extends OncePerRequestFilter {

	static final Set<String> PATHS = Set.of("/v3/api-docs", "/v3/api-docs.yaml");
	private static final int KEYS_KEPT = 16;

	private record Written(String contentType, byte[] body) {
	}

	private final Map<String, Written> kept = new ConcurrentHashMap<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the Accept header too: the description answers 406 to what it cannot give
		String key = request.getRequestURI() + " " + request.getScheme() + "://" + request.getServerName() + ":"
				+ request.getServerPort() + " " + request.getHeader("Accept");
		Written written = kept.get(key);
		if (written == null) {
			var wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && kept.size() < KEYS_KEPT) {
				kept.putIfAbsent(key, new Written(wrapper.getContentType(), wrapper.getContentAsByteArray()));
			}
			wrapper.copyBodyToResponse();
			return;
		}
		response.setContentType(written.contentType());
		response.setContentLength(written.body().length);
		response.getOutputStream().write(written.body());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}
}
