package org.constellation.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.constellation.people.RateLimits.Door;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts each attempt at the four doors (signing in, signing up, creating a
 * token, asking for a password reset) against the limits before anything else
 * happens to it, and answers 429 with Retry-After when a bucket is empty: a
 * problem for the API, the form again with what was typed (not the password)
 * for pages.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/**
	 * The request attribute the page of a refused form reads
	 * (people/web/AuthPages).
	 */
	static final String REFUSED_MINUTES = "constellation.limits.minutes";

	/** A body larger than this is not read for an email: no account bucket. */
	private static final int LARGEST_BODY_READ = 16 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RateLimits limits;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String address = request.getRemoteAddr();
		HttpServletRequest passedOn = request;
		Optional<Duration> refused;
		boolean form = false;
		switch (path) {
			case "/sign-in" -> {
				form = true;
				refused = limits.take(Door.SIGN_IN, request.getParameter("username"), address);
			}
			case "/sign-up" -> {
				form = true;
				refused = limits.take(Door.SIGN_UP, null, address);
			}
			case "/password-reset" -> {
				form = true;
				refused = limits.take(Door.PASSWORD_RESETS, request.getParameter("email"), address);
			}
			case "/api/v1/accounts" -> refused = limits.take(Door.SIGN_UP, null, address);
			case "/api/v1/tokens" -> refused = limits.take(Door.TOKENS, tokenOwner(request), address);
			case "/api/v1/password-resets" -> {
				var replayable = new ReadBody(request);
				passedOn = replayable;
				refused = limits.take(Door.PASSWORD_RESETS, replayable.email(), address);
			}
			default -> refused = Optional.empty();
		}
		if (refused.isEmpty()) {
			chain.doFilter(passedOn, response);
			return;
		}
		long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
		long minutes = (seconds + 59) / 60;
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (form) {
			request.setAttribute(REFUSED_MINUTES, minutes);
			// the form's own page draws it again, as it does for a GET, with the message
			request.getRequestDispatcher(path).forward(new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}
			}, response);
			return;
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
						+ "\"detail\":\"Too many attempts: try again in " + minutes
						+ (minutes == 1 ? " minute" : " minutes") + ".\",\"retryAfterSeconds\":" + seconds + "}");
	}

	/**
	 * The email of HTTP Basic, or the account of the token that signed the request
	 * in.
	 */
	private static String tokenOwner(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = pair.indexOf(':');
				return colon < 0 ? null : pair.substring(0, colon);
			} catch (IllegalArgumentException notBase64) {
				return null;
			}
		}
		var signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal principal
				? principal.email()
				: null;
	}

	/**
	 * A small JSON body read once for its email, and given again to whoever reads
	 * the request next.
	 */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] start;
		private final InputStream whole;

		ReadBody(HttpServletRequest request) throws IOException {
			super(request);
			ServletInputStream in = request.getInputStream();
			this.start = in.readNBytes(LARGEST_BODY_READ + 1);
			this.whole = start.length > LARGEST_BODY_READ
					? new SequenceInputStream(new ByteArrayInputStream(start), in)
					: new ByteArrayInputStream(start);
		}

		String email() {
			if (start.length > LARGEST_BODY_READ) {
				return null;
			}
			try {
				JsonNode email = JSON.readTree(start).get("email");
				return email != null && email.isString() ? email.asString() : null;
			} catch (RuntimeException notJson) {
				return null;
			}
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(whole, StandardCharsets.UTF_8));
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return whole.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return whole.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return whole.available() == 0;
					} catch (IOException e) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}
	}
}
