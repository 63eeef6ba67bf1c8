package org.constellation.notifications.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constellation.notifications.Delivery;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Per topic, how a person hears of it: one radio group each, one Save. */
@Controller
class PreferencePages {

	private final Notifications notifications;
	private final MessageSource messages;

	PreferencePages(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/account/notifications")
	String form(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Map<String, String> chosen = new LinkedHashMap<>();
		notifications.preferences(me).forEach((topic, delivery) -> chosen.put(topic.name(), delivery.name()));
		return show(chosen, Map.of(), model);
	}

	@PostMapping("/account/notifications")
	String save(@AuthenticationPrincipal AccountPrincipal me, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		for (Topic topic : Topic.values()) {
			String value = form.get(topic.name());
			typed.put(topic.name(), value);
			try {
				choices.put(topic, Delivery.valueOf(value));
			} catch (IllegalArgumentException | NullPointerException e) {
				errors.put(topic.name(), messages.getMessage("prefs.invalid", null, java.util.Locale.ENGLISH));
			}
		}
		if (!errors.isEmpty()) {
			return show(typed, errors, model);
		}
		notifications.choose(me, choices);
		redirect.addFlashAttribute("flash", new Flash("flash.notifications.saved"));
		return "redirect:/account/notifications";
	}

	private String show(Map<String, String> chosen, Map<String, String> errors, Model model) {
		model.addAttribute("section", "account");
		model.addAttribute("topics", Topic.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		return "notifications/preferences";
	}
}
