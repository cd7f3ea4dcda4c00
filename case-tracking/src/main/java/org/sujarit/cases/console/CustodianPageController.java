package org.sujarit.cases.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custodian's page: pending requests to disclose a reporter's identity, each with
 * approve and deny (with a reason; to keep the reporter uninformed, a legal basis). The
 * anonymizer keeps the requests and enforces the two-person rule; this page calls it with
 * the custodian's own access token.
 */
@Controller
class CustodianPageController {

	private final AnonymizerClient anonymizer;

	CustodianPageController(ConsoleProperties properties) {
		this.anonymizer = new AnonymizerClient(properties);
	}

	@GetMapping("/console/disclosures")
	String pending(@RegisteredOAuth2AuthorizedClient(ConsoleProperties.REGISTRATION) OAuth2AuthorizedClient client,
			Model model) {
		return page(client, model, null, Map.of());
	}

	@PostMapping("/console/disclosures/{requestId}/decision")
	String decide(@PathVariable String requestId, @RequestParam MultiValueMap<String, String> form,
			@RegisteredOAuth2AuthorizedClient(ConsoleProperties.REGISTRATION) OAuth2AuthorizedClient client,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ConsoleAdvice.staff();
		String decision = form.getFirst("decision");
		boolean approve = "approve".equals(decision);
		try {
			if (!approve && !"deny".equals(decision)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "Choose approve or deny",
						"กรุณาเลือกอนุมัติหรือไม่อนุมัติ",
						List.of(new org.sujarit.platform.runtime.web.FieldError("decision", "one-of",
								"choose approve or deny", "กรุณาเลือกอนุมัติหรือไม่อนุมัติ")));
			}
			this.anonymizer.decide(client, requestId, approve, form.getFirst("reason"),
					"on".equals(form.getFirst("withholdNotice")) || "true".equals(form.getFirst("withholdNotice")),
					form.getFirst("legalBasis"));
		}
		catch (ProblemException ex) {
			if (ex.status().value() == 503) {
				throw ex;
			}
			PageProblem problem = PageProblem.of(requestId, ex, locale);
			response.setStatus(problem.status());
			return page(client, model, problem, form.toSingleValueMap());
		}
		redirect.addFlashAttribute("decided", requestId);
		redirect.addFlashAttribute("approved", approve);
		return "redirect:/console/disclosures";
	}

	private String page(OAuth2AuthorizedClient client, Model model, PageProblem problem, Map<String, String> values) {
		StaffUser me = ConsoleAdvice.staff();
		if (!me.hasAny(StaffRole.CUSTODIAN, StaffRole.AUDITOR)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden",
					"Only custodians and auditors see disclosure requests",
					"เฉพาะผู้ดูแลข้อมูลตัวตนและผู้ตรวจสอบเท่านั้นที่ดูคำขอเปิดเผยตัวตนได้", List.of());
		}
		List<Request> requests = new ArrayList<>();
		for (JsonNode request : this.anonymizer.pending(client)) {
			requests.add(new Request(request.path("id").asString(), request.path("caseId").asString(),
					request.path("pseudonym").asString(""), request.path("requestedBy").asString(),
					request.path("reason").asString(""),
					java.time.Instant.parse(request.path("requestedAt").asString())));
		}
		model.addAttribute("requests", requests);
		model.addAttribute("mayDecide", me.has(StaffRole.CUSTODIAN));
		model.addAttribute("problem", problem);
		model.addAttribute("values", values);
		return "console/custodian";
	}

	/**
	 * A pending request.
	 *
	 * @param id the request id
	 * @param caseId the case
	 * @param pseudonym the report's pseudonym
	 * @param requestedBy the legal officer who asked
	 * @param reason why they ask
	 * @param requestedAt when
	 */
	record Request(String id, String caseId, String pseudonym, String requestedBy, String reason,
			java.time.Instant requestedAt) {
	}

}
