package org.constellation.notifications.web;

import org.constellation.notifications.Notifications;
import org.constellation.notifications.UnsubscribeOffer;
import org.constellation.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link at the foot of every mail: open without signing in. Opening it
 * changes nothing (mail scanners open links too); a button sends the form.
 */
@Controller
class UnsubscribePages {

	private final Notifications notifications;

	UnsubscribePages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications/unsubscribe/{token}")
	String offer(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
		var offer = notifications.unsubscribeOffer(token);
		if (offer.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("invalid", true);
		} else {
			model.addAttribute("offer", offer.get());
			model.addAttribute("token", token);
		}
		return "notifications/unsubscribe";
	}

	@PostMapping("/notifications/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, @RequestParam(defaultValue = "topic") String scope, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		boolean all = "all".equals(scope);
		try {
			UnsubscribeOffer done = notifications.unsubscribe(token, all);
			model.addAttribute("offer", done);
			model.addAttribute("done", all ? "all" : done.isDigest() ? "digest" : "topic");
		} catch (NotFoundException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("invalid", true);
		}
		return "notifications/unsubscribe";
	}
}
