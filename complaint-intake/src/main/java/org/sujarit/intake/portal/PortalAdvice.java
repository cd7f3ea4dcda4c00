package org.sujarit.intake.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every portal page has: its language for links and forms, and a page (not a JSON
 * problem) when something fails unexpectedly. Ordered before the platform's problem
 * advice, which answers the JSON API.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

	private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return PortalLocaleResolver.lang(locale);
	}

	@ModelAttribute("otherLang")
	String otherLang(Locale locale) {
		return "en".equals(PortalLocaleResolver.lang(locale)) ? "th" : "en";
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, Locale locale, HttpServletResponse response) {
		// the class only: a message may quote what was submitted
		log.error("Portal page failed: {}", ex.getClass().getName());
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		model.addAttribute("lang", PortalLocaleResolver.lang(locale));
		model.addAttribute("otherLang", otherLang(locale));
		return "portal/error";
	}

}
