package org.constellation.people.web;

import java.util.ArrayList;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Directory;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLineService;
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
	private final ProfileService profiles;
	private final Directory directory;
	private final ReportingLineService reportingLines;

	HomePage(Portfolio portfolio, ProfileService profiles, Directory directory, ReportingLineService reportingLines) {
		this.portfolio = portfolio;
		this.profiles = profiles;
		this.directory = directory;
		this.reportingLines = reportingLines;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "home");
		model.addAttribute("issueCount", portfolio.issues().size());
		model.addAttribute("levelCount", portfolio.levels().size());
		model.addAttribute("practitionerCount", directory.directorySize());
		if (me != null && me.practitionerId() != null) {
			Practitioner practitioner = profiles.myProfile(me);
			model.addAttribute("me", practitioner);
			model.addAttribute("linesToAnswer", reportingLines.reportingLines(me).stream()
					.filter(l -> l.awaitsAnswerFrom(me.practitionerId())).count());
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
