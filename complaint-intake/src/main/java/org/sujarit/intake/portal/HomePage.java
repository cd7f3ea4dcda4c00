package org.sujarit.intake.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home page: the two channels, what happens next, who handles it, the 15-day
 * rule and how to follow a complaint, as the ITA asks a municipality to publish.
 */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

}
