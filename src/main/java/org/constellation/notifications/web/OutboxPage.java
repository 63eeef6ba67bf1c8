package org.constellation.notifications.web;

import org.constellation.notifications.Mail;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OutboxPage {

	private final Mail mail;

	OutboxPage(Mail mail) {
		this.mail = mail;
	}

	@GetMapping("/steward/outbox")
	String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("smtp", mail.deliversBySmtp());
		model.addAttribute("page", mail.outbox(PageRequest.of(Math.max(page, 0), 20)));
		return "notifications/outbox";
	}
}
