package org.constellation.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HelpPages {

	@GetMapping("/help")
	String help() {
		return "help";
	}
}
