package org.constellation.people.web;

import jakarta.servlet.http.HttpServletRequest;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page shows times in the reader's own zone: templates write
 * {@code @dates.format(instant, zone)}. One primary-key lookup per page; the
 * API writes instants and skips it.
 */
@ControllerAdvice
class ReaderZone {

	private final People people;

	ReaderZone(People people) {
		this.people = people;
	}

	@ModelAttribute("zone")
	String zone(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
		if (me == null || request.getRequestURI().startsWith("/api/")) {
			return "UTC";
		}
		return people.timeZoneOf(me.practitionerId());
	}
}
