package org.constellation.notifications.web;

import org.constellation.notifications.NoticeEntry;
import org.constellation.notifications.Notifications;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own notices, newest first. */
@Controller
class InboxPages {

	private final Notifications notifications;

	InboxPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("section", "notifications");
		model.addAttribute("page", notifications.inbox(me, Paging.of(page, 20).pageable()));
		return "notifications/inbox";
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		notifications.markRead(me, null);
		redirect.addFlashAttribute("flash", new Flash("flash.notifications.read"));
		return "redirect:/notifications";
	}

	/** Opening a notice marks it read, then goes where it points. */
	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		NoticeEntry notice = notifications.open(me, id);
		return "redirect:" + (notice.getLocalPath() == null ? "/notifications" : notice.getLocalPath());
	}
}
