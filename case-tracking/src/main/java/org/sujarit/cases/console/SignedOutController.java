package org.sujarit.cases.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where the browser lands after signing out, or when signing in failed.
 */
@Controller
class SignedOutController {

	@GetMapping(ConsoleSecurityConfiguration.SIGNED_OUT)
	String signedOut() {
		return "console/signed-out";
	}

}
