package org.constellation.people.web;

import java.util.ArrayList;
import java.util.List;

import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Practitioner;
import org.constellation.portfolio.Portfolio;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the constellation holds and, for someone signed in, what
 * is waiting for them.
 */
@Controller
class HomePage {

	private final Portfolio portfolio;
	private final People people;

	HomePage(Portfolio portfolio, People people) {
		this.portfolio = portfolio;
		this.people = people;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "home");
		model.addAttribute("issueCount", portfolio.issues().size());
		model.addAttribute("levelCount", portfolio.levels().size());
		model.addAttribute("practitionerCount", people.directorySize());
		if (me != null && me.practitionerId() != null) {
			Practitioner practitioner = people.myProfile(me);
			model.addAttribute("me", practitioner);
			model.addAttribute("linesToAnswer",
					people.reportingLines(me).stream().filter(l -> l.awaitsAnswerFrom(me.practitionerId())).count());
			model.addAttribute("missing", missingFromProfile(practitioner));
		}
		return "home";
	}

	/**
	 * The parts of a profile that let others find you and partnerships form;
	 * message keys.
	 */
	static List<String> missingFromProfile(Practitioner p) {
		List<String> missing = new ArrayList<>();
		if (p.getStakeholderGroupIds().isEmpty()) {
			missing.add("home.missing.groups");
		}
		if (p.getHomePlaceId() == null) {
			missing.add("home.missing.place");
		}
		if (p.getConcernIds().isEmpty()) {
			missing.add("home.missing.concerns");
		}
		if (p.getAvailability().isEmpty()) {
			missing.add("home.missing.availability");
		}
		return missing;
	}
}
