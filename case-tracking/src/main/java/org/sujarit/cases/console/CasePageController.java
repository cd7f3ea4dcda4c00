package org.sujarit.cases.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.handling.ActionRequest;
import org.sujarit.cases.handling.CaseConflictException;
import org.sujarit.cases.handling.CaseDetail;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.cases.handling.LifecycleProperties;
import org.sujarit.cases.lifecycle.CaseAction;
import org.sujarit.cases.photo.CasePhotos;
import org.sujarit.cases.reclassification.Reclassification;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.sla.SlaExtension;
import org.sujarit.cases.whistleblower.CaseEvidence;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
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
 * The case page: details, timeline, audit trail (for those who may read it), evidence,
 * and the actions the user's roles allow as forms. Every form carries the case version it
 * was rendered with; the services refuse a stale one and the page is shown again with the
 * conflict and the current case, nothing overwritten. The checks and rules are the
 * services' ({@link CaseHandling}, {@link SlaExtension}, {@link Reclassification}), the
 * same as behind the staff API.
 */
@Controller
class CasePageController {

	private static final Set<String> LIFECYCLE = Set.of("acknowledge", "start", "await-complainant", "resume",
			"resolve", "close", "reject", "refer", "reopen");

	private final CaseHandling handling;

	private final CaseAccess access;

	private final SlaExtension extension;

	private final Reclassification reclassification;

	private final Routing routing;

	private final LifecycleProperties lifecycle;

	private final CaseEvidence evidence;

	private final CasePhotos photos;

	private final AnonymizerClient anonymizer;

	private final Validator validator;

	private final Clock clock;

	CasePageController(CaseHandling handling, CaseAccess access, SlaExtension extension,
			Reclassification reclassification, Routing routing, LifecycleProperties lifecycle, CaseEvidence evidence,
			CasePhotos photos, ConsoleProperties properties, Validator validator, Clock clock) {
		this.handling = handling;
		this.access = access;
		this.extension = extension;
		this.reclassification = reclassification;
		this.routing = routing;
		this.lifecycle = lifecycle;
		this.evidence = evidence;
		this.photos = photos;
		this.anonymizer = new AnonymizerClient(properties);
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/console/cases/{caseId}")
	String show(@PathVariable String caseId, Model model) {
		return page(ConsoleAdvice.staff(), caseId, model, null, Map.of());
	}

	@PostMapping("/console/cases/{caseId}/act/{action}")
	String act(@PathVariable String caseId, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		if (!LIFECYCLE.contains(action)) {
			throw ProblemException.notFound("The action", "การดำเนินการนี้");
		}
		CaseAction parsed = CaseAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
		ActionRequest request = new ActionRequest(version(form), text(form, "note"), text(form, "message"),
				text(form, "reason"), text(form, "redirectTo"), text(form, "to"));
		return change(me, caseId, action, form, model, locale, response, redirect, request,
				() -> this.handling.act(me, caseId, parsed, request));
	}

	@PostMapping("/console/cases/{caseId}/note")
	String note(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "note", form, model, locale, response, redirect, new NoteForm(text(form, "text")),
				() -> {
					// a note changes no version, but the form was written against one
					requireVersion(me, caseId, version(form));
					return this.handling.note(me, caseId, text(form, "text"));
				});
	}

	@PostMapping("/console/cases/{caseId}/message")
	String message(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "message", form, model, locale, response, redirect,
				new MessageForm(text(form, "message")),
				() -> this.handling.message(me, caseId, text(form, "message"), version(form)));
	}

	@PostMapping("/console/cases/{caseId}/claim")
	String claim(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "claim", form, model, locale, response, redirect, null, () -> {
			requireVersion(me, caseId, version(form));
			return this.handling.claim(me, caseId);
		});
	}

	@PostMapping("/console/cases/{caseId}/assign")
	String assign(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "assign", form, model, locale, response, redirect,
				new AssignForm(text(form, "assignee")),
				() -> this.handling.assign(me, caseId, text(form, "assignee"), version(form)));
	}

	@PostMapping("/console/cases/{caseId}/extend")
	String extend(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "extend", form, model, locale, response, redirect, null, () -> {
			LocalDate day = day(text(form, "newDueDate"), locale);
			this.extension.extend(caseId, day, text(form, "explanation"), version(form), me);
			return null;
		});
	}

	@PostMapping("/console/cases/{caseId}/reclassify")
	String reclassify(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "reclassify", form, model, locale, response, redirect,
				new ReasonForm(text(form, "reason")), () -> {
					Category category = category(text(form, "category"));
					return this.reclassification.reclassify(me, caseId, category, text(form, "reason"), version(form));
				});
	}

	@PostMapping("/console/cases/{caseId}/disclosure")
	String requestDisclosure(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form,
			@RegisteredOAuth2AuthorizedClient(ConsoleProperties.REGISTRATION) OAuth2AuthorizedClient client,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		return change(me, caseId, "disclosure", form, model, locale, response, redirect, null, () -> {
			// the case must be one this user works on before anything leaves for the
			// anonymizer, which checks the role again
			this.handling.checked(me, caseId, Operation.WORK);
			JsonNode created = this.anonymizer.request(client, caseId, textOrEmpty(form, "reason"));
			redirect.addFlashAttribute("disclosureRequested", created.path("id").asString());
			return null;
		});
	}

	@GetMapping("/console/cases/{caseId}/disclosures/{requestId}/identity")
	String identity(@PathVariable String caseId, @PathVariable String requestId,
			@RegisteredOAuth2AuthorizedClient(ConsoleProperties.REGISTRATION) OAuth2AuthorizedClient client,
			Model model) {
		StaffUser me = ConsoleAdvice.staff();
		CaseDetail detail = this.handling.find(me, caseId);
		JsonNode identity = this.anonymizer.identity(client, requestId);
		model.addAttribute("detail", detail);
		model.addAttribute("requestId", requestId);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : List.of("firstName", "lastName", "nationalId", "phone", "email", "lineId", "address")) {
			String value = identity.path(field).asString("");
			if (!value.isBlank()) {
				fields.put(field, value);
			}
		}
		model.addAttribute("identity", fields);
		return "console/identity";
	}

	@GetMapping("/console/cases/{caseId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable String caseId, @PathVariable String evidenceId) {
		return this.evidence.file(ConsoleAdvice.staff(), caseId, evidenceId).download();
	}

	@GetMapping("/console/cases/{caseId}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String caseId, @PathVariable String photoId) {
		return this.photos.content(ConsoleAdvice.staff(), caseId, photoId).attachment().download();
	}

	private String change(StaffUser me, String caseId, String formName, MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect, Object checked,
			Supplier<CaseDetail> work) {
		PageProblem problem = null;
		if (checked != null) {
			Map<String, String> fields = violations(checked, locale);
			if (!fields.isEmpty()) {
				problem = PageProblem.fields(formName, fields, locale);
			}
		}
		if (problem == null) {
			try {
				work.get();
				redirect.addFlashAttribute("done", formName);
				return "redirect:/console/cases/" + caseId;
			}
			catch (CaseConflictException ex) {
				problem = PageProblem.of(formName, ex, locale);
			}
			catch (ProblemException ex) {
				if (ex.status().value() == 404 || ex.status().value() == 403) {
					throw ex;
				}
				problem = PageProblem.of(formName, ex, locale);
			}
		}
		response.setStatus(problem.status());
		return page(me, caseId, model, problem, form.toSingleValueMap());
	}

	private String page(StaffUser me, String caseId, Model model, PageProblem problem, Map<String, String> values) {
		CaseDetail detail = this.handling.find(me, caseId);
		CaseAccess.Subject subject = new CaseAccess.Subject(detail.unit(), detail.corruption(), detail.recordedBy());
		boolean work = this.access.may(me, subject, Operation.WORK);
		boolean open = detail.status().open();
		List<String> actions = new ArrayList<>();
		for (String action : detail.allowedActions()) {
			boolean allowed = "reopen".equals(action) ? this.access.may(me, subject, Operation.REOPEN) : work;
			if (allowed) {
				actions.add(action);
			}
		}
		model.addAttribute("detail", detail);
		model.addAttribute("photos", this.photos.list(me, caseId));
		model.addAttribute("badge", DueBadge.of(open, detail.respondBy(), this.clock.instant()));
		model.addAttribute("actions", actions);
		model.addAttribute("mayWork", work);
		model.addAttribute("mayClaim",
				open && detail.assignee() == null && this.access.may(me, subject, Operation.CLAIM));
		model.addAttribute("mayAssign", open && this.access.may(me, subject, Operation.ASSIGN));
		model.addAttribute("mayExtend", open && work);
		model.addAttribute("mayReclassify", open && work && !detail.corruption() && detail.kind() == CaseKind.GENERAL);
		model.addAttribute("mayAudit", this.access.may(me, subject, Operation.AUDIT));
		boolean legal = work && me.has(StaffRole.LEGAL_OFFICER) && detail.kind() == CaseKind.WHISTLEBLOWER;
		model.addAttribute("mayRequestDisclosure", legal && Boolean.TRUE.equals(detail.identitySealed()));
		model.addAttribute("disclosures", legal ? disclosed(detail.history()) : List.of());
		model.addAttribute("referralBodies", this.lifecycle.referralBodies());
		model.addAttribute("corruptionCategories",
				java.util.Arrays.stream(Category.values()).filter(Category::corruption).toList());
		model.addAttribute("unitName", this.routing.unitName(detail.unit()));
		if (detail.complainant() != null) {
			org.sujarit.platform.events.Complainant who = detail.complainant();
			model.addAttribute("contact",
					String.join(", ",
							java.util.stream.Stream.of(who.name(), who.phone(), who.email(), who.lineId())
								.filter(java.util.Objects::nonNull)
								.toList()));
		}
		model.addAttribute("problem", problem);
		model.addAttribute("values", values);
		model.addAttribute("langThUrl", "/console/cases/" + caseId + "?lang=th");
		model.addAttribute("langEnUrl", "/console/cases/" + caseId + "?lang=en");
		return "console/case";
	}

	// the requests a custodian approved, named in the case's audit trail
	private static List<String> disclosed(List<HistoryEntry> history) {
		return history.stream()
			.filter((entry) -> entry.action() == HistoryAction.IDENTITY_DISCLOSED && entry.detail() != null)
			.map(HistoryEntry::detail)
			.distinct()
			.toList();
	}

	private void requireVersion(StaffUser me, String caseId, Long version) {
		CaseDetail current = this.handling.find(me, caseId);
		if (version != null && version != current.version()) {
			throw new CaseConflictException("stale-version",
					"The case has changed since version " + version + ": it is now at version " + current.version()
							+ " (" + current.status() + "). Reload it and try again.",
					"เรื่องนี้มีการเปลี่ยนแปลงแล้ว (ฉบับที่ " + current.version() + " สถานะ "
							+ current.status().thaiName() + ") กรุณาโหลดใหม่แล้วลองอีกครั้ง",
					current.status(), current.version(), current.allowedActions());
		}
	}

	private Map<String, String> violations(Object form, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(form)) {
			Object max = violation.getConstraintDescriptor().getAttributes().get("max");
			String field = violation.getPropertyPath().toString();
			if (max != null) {
				fields.putIfAbsent(field, ConsoleDates.thai(locale) ? "ต้องไม่เกิน " + max + " ตัวอักษร"
						: "Must be at most " + max + " characters");
			}
			else {
				fields.putIfAbsent(field, ConsoleDates.thai(locale) ? "ค่าไม่ถูกต้อง" : "Is not valid");
			}
		}
		return fields;
	}

	private static LocalDate day(String text, Locale locale) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: newDueDate", "ข้อมูลไม่ถูกต้อง: newDueDate",
					List.of(new org.sujarit.platform.runtime.web.FieldError("newDueDate", "format",
							"must be a date such as 2026-12-20", "ต้องเป็นวันที่ เช่น 2026-12-20")));
		}
	}

	private static Category category(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Category.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long version(MultiValueMap<String, String> form) {
		String text = form.getFirst("version");
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String textOrEmpty(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value == null) ? "" : value;
	}

	/**
	 * A note, checked like the API's.
	 *
	 * @param text the note
	 */
	record NoteForm(@jakarta.validation.constraints.Size(max = 4000) String text) {
	}

	/**
	 * A public message, checked like the API's.
	 *
	 * @param message the message
	 */
	record MessageForm(@jakarta.validation.constraints.Size(max = 4000) String message) {
	}

	/**
	 * An assignment, checked like the API's.
	 *
	 * @param assignee the officer
	 */
	record AssignForm(@jakarta.validation.constraints.Size(max = 100) String assignee) {
	}

	/**
	 * A reclassification's reason, checked like the API's.
	 *
	 * @param reason the reason
	 */
	record ReasonForm(@jakarta.validation.constraints.Size(max = 2000) String reason) {
	}

}
