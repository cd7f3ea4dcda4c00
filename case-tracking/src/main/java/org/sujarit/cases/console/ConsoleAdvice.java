package org.sujarit.cases.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every console page shows around its content (who is signed in, the menu their
 * roles open, the language switch), and the page for a refusal: a case someone may not
 * see is "not found" (404), as in the API, so its existence does not leak; a refusal by
 * role is 403.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	private final CaseAccess access;

	private final Routing routing;

	ConsoleAdvice(CaseAccess access, Routing routing) {
		this.access = access;
		this.routing = routing;
	}

	@ModelAttribute
	void page(Model model, HttpServletRequest request) {
		StaffUser me = signedIn();
		model.addAttribute("me", me);
		if (me != null) {
			boolean queues = this.routing.units()
				.keySet()
				.stream()
				.anyMatch((unit) -> this.access.mayListQueue(me, unit));
			model.addAttribute("navQueue", queues);
			model.addAttribute("navRecord", this.access.mayRecord(me));
			model.addAttribute("navCustodian", me.hasAny(StaffRole.CUSTODIAN, StaffRole.AUDITOR));
		}
		String path = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/console";
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		model.addAttribute("langThUrl", langUrl(path, query, "th"));
		model.addAttribute("langEnUrl", langUrl(path, query, "en"));
	}

	@ExceptionHandler(ProblemException.class)
	String refused(ProblemException ex, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		// an exception handler starts from an empty model: the header needs its parts
		page(model, request);
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("problem", PageProblem.of("page", ex, locale));
		return "console/error";
	}

	/**
	 * The signed-in member of staff.
	 * @return the user, null when nobody is signed in
	 */
	static StaffUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
			return user.staff();
		}
		return null;
	}

	/**
	 * The signed-in member of staff, for a page that needs one.
	 * @return the user
	 * @throws ProblemException 403 when nobody is signed in with staff claims
	 */
	static StaffUser staff() {
		StaffUser user = signedIn();
		if (user == null) {
			throw new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
					"Sign in as staff to use the console", "กรุณาเข้าสู่ระบบในฐานะเจ้าหน้าที่", java.util.List.of());
		}
		return user;
	}

	private static String langUrl(String path, String query, String lang) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", lang).build().toUriString();
	}

}
