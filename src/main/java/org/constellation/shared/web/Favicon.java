package org.constellation.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's icon: pages link to {@code /assets/favicon.svg}; a browser or
 * reader that asks at the old address gets the same picture.
 */
@Controller
class Favicon {

	@GetMapping("/favicon.ico")
	String favicon() {
		return "forward:/assets/favicon.svg";
	}
}
