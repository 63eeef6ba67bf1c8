package org.constellation.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session of an account the moment it is deleted, on whichever
 * device it was opened: the signed-in person is kept in the session, so each
 * request signed in with a session asks (one lookup by primary key) whether the
 * account still exists. Runs after Spring Security has read the session.
 */
@Component
class DeletedAccountFilter extends OncePerRequestFilter {

	private final YourData yourData;

	DeletedAccountFilter(YourData yourData) {
		this.yourData = yourData;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal me
				&& yourData.isGone(me.accountId())) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			response.sendRedirect(request.getContextPath() + "/sign-in?accountDeleted");
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}
}
