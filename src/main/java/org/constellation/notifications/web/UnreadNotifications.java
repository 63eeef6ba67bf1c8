package org.constellation.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.constellation.notifications.Notifications;
import org.constellation.people.AccountPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count for the navigation of every page: one count on an index,
 * only for signed-in people, and never for API calls or htmx fragments, which
 * show no navigation.
 */
@ControllerAdvice
class UnreadNotifications {

	private final Notifications notifications;

	UnreadNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| request.getHeader("HX-Request") != null) {
			return null;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal me
				&& me.practitionerId() != null) {
			return notifications.unreadCount(me);
		}
		return null;
	}
}
