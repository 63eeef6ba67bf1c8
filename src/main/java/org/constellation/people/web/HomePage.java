package org.constellation.people.web;

import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	private final Portfolio portfolio;
	private final People people;

	HomePage(Portfolio portfolio, People people) {
		this.portfolio = portfolio;
		this.people = people;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("section", "home");
		model.addAttribute("issueCount", portfolio.issues().size());
		model.addAttribute("levelCount", portfolio.levels().size());
		model.addAttribute("practitionerCount", people.practitionerCount());
		return "home";
	}

}
