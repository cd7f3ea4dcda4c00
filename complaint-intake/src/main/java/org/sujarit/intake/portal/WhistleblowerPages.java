package org.sujarit.intake.portal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.intake.followup.EvidencePolicy;
import org.sujarit.intake.followup.FollowUpAccepted;
import org.sujarit.intake.followup.FollowUpIntake;
import org.sujarit.intake.whistleblower.ReceiptChecksLimited;
import org.sujarit.intake.whistleblower.ReportAccepted;
import org.sujarit.intake.whistleblower.WhistleblowerIntake;
import org.sujarit.intake.whistleblower.WhistleblowerReportRequest;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The whistleblower pages: the notice on staying anonymous, the report form, the receipt
 * (shown once, as the answer to the post) and the follow-up. They work without JavaScript
 * and without cookies: the receipt travels only in the body of a POST (a hidden field
 * once typed), never in a URL, a cookie or a session, and every answer is rendered from
 * the post itself rather than redirected to a page that would need it.
 */
@Controller
@RequestMapping("/whistleblower")
class WhistleblowerPages {

	/** The report form's fields, top to bottom, named as in the JSON API. */
	static final List<String> FIELDS = List.of("category", "narrative", "accused.name", "accused.position",
			"accused.unit", "reporter.firstName", "reporter.lastName", "reporter.nationalId", "reporter.phone",
			"reporter.email", "reporter.address", "disclosure", "updatePings");

	static final List<Category> CATEGORIES = Arrays.stream(Category.values()).filter(Category::corruption).toList();

	private static final int MESSAGE_MAX = 10000;

	private final WhistleblowerIntake intake;

	private final FollowUpIntake followUps;

	private final EvidencePolicy evidence;

	private final Validator validator;

	private final MessageSource messages;

	private final ReportForms forms;

	WhistleblowerPages(WhistleblowerIntake intake, FollowUpIntake followUps, IntakeProperties properties,
			Validator validator, MessageSource messages, ReportForms forms) {
		this.forms = forms;
		this.intake = intake;
		this.followUps = followUps;
		this.evidence = new EvidencePolicy(properties.whistleblower().evidence().maxFileSize());
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String notice() {
		return "portal/whistleblower-notice";
	}

	@GetMapping("/report")
	String form(Model model) {
		return form(model, Map.of(), Map.of(), this.forms.issue());
	}

	@PostMapping("/report")
	String report(@RequestParam MultiValueMap<String, String> form, Locale locale, Model model,
			HttpServletResponse response) {
		String token = form.getFirst("form");
		ReportForms.State state = this.forms.check(token);
		if (state == ReportForms.State.SPENT) {
			// a reload of the receipt page: the report is filed, its receipt was shown
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "portal/whistleblower-already-sent";
		}
		if (state == ReportForms.State.INVALID) {
			// too old or from before a restart: keep what was typed, ask to send again
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("expired", true);
			return form(model, form.toSingleValueMap(), Map.of(), this.forms.issue());
		}
		FormErrors errors = new FormErrors(this.messages, locale);
		String categoryValue = Forms.value(form, "category");
		Category category = Forms.category(categoryValue);
		if (categoryValue != null && category == null) {
			errors.add("category", "one-of", "must be one of the listed categories", "กรุณาเลือกประเภทจากรายการ");
		}
		ReporterDisclosure disclosure = disclosure(Forms.value(form, "disclosure"));
		WhistleblowerReportRequest request = new WhistleblowerReportRequest(category, Forms.value(form, "narrative"),
				new WhistleblowerReportRequest.AccusedInput(Forms.value(form, "accused.name"),
						Forms.value(form, "accused.position"), Forms.value(form, "accused.unit")),
				new WhistleblowerReportRequest.ReporterInput(Forms.value(form, "reporter.firstName"),
						Forms.value(form, "reporter.lastName"), Forms.value(form, "reporter.nationalId"),
						Forms.value(form, "reporter.phone"), Forms.value(form, "reporter.email"), null,
						Forms.value(form, "reporter.address")),
				disclosure, "true".equals(Forms.value(form, "updatePings")));
		errors.addViolations(this.validator.validate(request));
		if (errors.isEmpty()) {
			try {
				if (!this.forms.spend(token)) {
					response.setStatus(HttpServletResponse.SC_CONFLICT);
					return "portal/whistleblower-already-sent";
				}
				ReportAccepted accepted = this.intake.submit(request);
				// the receipt page is this answer: no redirect, no URL, no cookie holds
				// it
				model.addAttribute("accepted", accepted);
				return "portal/whistleblower-receipt";
			}
			catch (ProblemException ex) {
				errors.addFieldErrors(ex.errors());
				// nothing was filed: the corrected form may be sent
				token = this.forms.issue();
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, form.toSingleValueMap(), errors.ordered(FIELDS), token);
	}

	@GetMapping("/follow-up")
	String followUpEntry(@RequestParam(name = "written", required = false) String written, Model model) {
		model.addAttribute("written", written != null);
		return "portal/whistleblower-follow-up-entry";
	}

	@PostMapping("/follow-up")
	String followUp(@RequestParam(name = "receipt", required = false) String receipt, Locale locale, Model model,
			HttpServletResponse response) {
		if (receipt == null || receipt.isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("receiptError", message("error.receipt.required", locale));
			return "portal/whistleblower-follow-up-entry";
		}
		return view(receipt, null, Map.of(), null, locale, model, response);
	}

	@PostMapping("/follow-up/message")
	String message(@RequestParam(name = "receipt", required = false) String receipt,
			@RequestParam(name = "message", required = false) String message, Locale locale, Model model,
			HttpServletResponse response) {
		if (receipt == null || receipt.isBlank()) {
			return followUp(receipt, locale, model, response);
		}
		FormErrors errors = new FormErrors(this.messages, locale);
		if (message == null || message.isBlank()) {
			errors.add("message", "required", "is required", "ต้องระบุ");
		}
		else if (message.length() > MESSAGE_MAX) {
			errors.add("message", "length", "is too long", "ยาวเกินกำหนด", MESSAGE_MAX);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view(receipt, null, errors.ordered(List.of("message")), message, locale, model, response);
		}
		return send(receipt, message, () -> this.followUps.message(receipt, message), locale, model, response);
	}

	@PostMapping(path = "/follow-up/evidence")
	String evidence(@RequestParam(name = "receipt", required = false) String receipt,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		if (receipt == null || receipt.isBlank()) {
			return followUp(receipt, locale, model, response);
		}
		FormErrors errors = new FormErrors(this.messages, locale);
		EvidenceFile sealed = null;
		if (file == null || file.isEmpty()) {
			errors.add("file", "required", "is required", "ต้องระบุ");
		}
		else if (file.getSize() > this.evidence.maxFileBytes()) {
			errors.add("file", "max-size", "is too large", "มีขนาดเกินกำหนด", this.evidence.maxFileBytes() / 1_000_000);
		}
		else {
			byte[] content = file.getBytes();
			String type = EvidencePolicy.typeOf(file.getContentType(), file.getOriginalFilename(), content)
				.orElse(null);
			if (type == null) {
				errors.add("file", "file-type", "must be a photo, PDF or office document",
						"ต้องเป็นรูปภาพ ไฟล์ PDF หรือเอกสารสำนักงาน", EvidencePolicy.ALLOWED);
			}
			else {
				sealed = new EvidenceFile(EvidencePolicy.fileName(file.getOriginalFilename()), type,
						Base64.getEncoder().encodeToString(content));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view(receipt, null, errors.ordered(List.of("file")), null, locale, model, response);
		}
		EvidenceFile upload = sealed;
		return send(receipt, null, () -> this.followUps.evidence(receipt, upload), locale, model, response);
	}

	// sends a follow-up and answers with the page again; a limit or an unknown receipt
	// gets its own page, keeping what the reporter typed
	private String send(String receipt, String keptMessage, Supplier<FollowUpAccepted> send, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			return view(receipt, send.get(), Map.of(), null, locale, model, response);
		}
		catch (ReceiptChecksLimited ex) {
			return limited(ex, receipt, keptMessage, locale, model, response);
		}
		catch (ProblemException ex) {
			return unknownReceipt(ex, locale, model, response);
		}
	}

	/**
	 * The follow-up page, rendered from the post that asked for it.
	 */
	private String view(String receipt, FollowUpAccepted accepted, Map<String, String> errors, String draft,
			Locale locale, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("view", this.followUps.view(receipt));
		}
		catch (ReceiptChecksLimited ex) {
			return limited(ex, receipt, draft, locale, model, response);
		}
		catch (ProblemException ex) {
			return unknownReceipt(ex, locale, model, response);
		}
		model.addAttribute("receipt", receipt);
		model.addAttribute("accepted", accepted);
		if (accepted != null) {
			model.addAttribute("next", "en".equals(locale.getLanguage()) ? accepted.next().en() : accepted.next().th());
		}
		model.addAttribute("errors", errors);
		model.addAttribute("draft", (draft != null) ? draft : "");
		return "portal/whistleblower-follow-up";
	}

	private String unknownReceipt(ProblemException ex, Locale locale, Model model, HttpServletResponse response) {
		if (ex.status() != HttpStatus.NOT_FOUND) {
			throw ex;
		}
		// the same answer for every kind of wrong receipt
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("receiptError", message("error.receipt.not-found", locale));
		return "portal/whistleblower-follow-up-entry";
	}

	private String limited(ReceiptChecksLimited ex, String receipt, String draft, Locale locale, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		String key = (ex.scope() == ReceiptChecksLimited.Scope.RECEIPT) ? "error.receipt.limited-receipt"
				: "error.receipt.limited-global";
		model.addAttribute("limited", this.messages.getMessage(key, new Object[] { ex.retryAfterSeconds() }, locale));
		// the reporter can send the same again without typing the receipt or the message
		model.addAttribute("receipt", receipt);
		model.addAttribute("draft", (draft != null) ? draft : "");
		return "portal/whistleblower-limited";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static ReporterDisclosure disclosure(String value) {
		if (value == null) {
			return null;
		}
		try {
			return ReporterDisclosure.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String form(Model model, Map<String, String> values, Map<String, String> errors, String token) {
		model.addAttribute("token", token);
		model.addAttribute("categories", CATEGORIES);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "portal/whistleblower-form";
	}

}
