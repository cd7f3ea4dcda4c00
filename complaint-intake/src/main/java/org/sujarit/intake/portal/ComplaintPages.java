package org.sujarit.intake.portal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.sujarit.intake.complaint.ComplaintAccepted;
import org.sujarit.intake.complaint.ComplaintIntake;
import org.sujarit.intake.complaint.ComplaintRequest;
import org.sujarit.intake.complaint.TrackingCodes;
import org.sujarit.intake.photo.CleanPhoto;
import org.sujarit.intake.photo.PhotoCleaner;
import org.sujarit.intake.photo.PhotoRejectedException;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.intake.status.StatusView;
import org.sujarit.intake.status.StatusViews;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The general complaint pages: the form, the page that gives the tracking code, and the
 * status page. They call intake's own services, with the JSON API's validation rules. The
 * form is {@code multipart/form-data} for its optional photo (JPEG or PNG, checked and
 * re-encoded without metadata by {@link PhotoCleaner}); it is still a plain form post
 * that works without JavaScript.
 */
@Controller
@RequestMapping("/complaints")
class ComplaintPages {

	/** The form's fields, top to bottom, named as in the JSON API. */
	static final List<String> FIELDS = List.of("category", "subject", "description", "location.address", "photo",
			"complainant.name", "complainant.email", "complainant.phone");

	/** The categories the form offers: corruption goes to the whistleblower channel. */
	static final List<Category> CATEGORIES = Arrays.stream(Category.values())
		.filter((category) -> !category.corruption())
		.toList();

	private final ComplaintIntake intake;

	private final StatusViews views;

	private final Validator validator;

	private final MessageSource messages;

	private final PhotoCleaner photos;

	ComplaintPages(ComplaintIntake intake, StatusViews views, Validator validator, MessageSource messages,
			PhotoCleaner photos) {
		this.photos = photos;
		this.intake = intake;
		this.views = views;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/new")
	String form(Model model) {
		return form(model, Map.of(), Map.of(), false);
	}

	@PostMapping("/new")
	String submit(@RequestParam MultiValueMap<String, String> form,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		FormErrors errors = new FormErrors(this.messages, locale);
		String categoryValue = Forms.value(form, "category");
		Category category = Forms.category(categoryValue);
		if (categoryValue != null && category == null) {
			errors.add("category", "one-of", "must be one of the listed categories", "กรุณาเลือกประเภทจากรายการ");
		}
		ComplaintRequest request = new ComplaintRequest(category, Forms.value(form, "subject"),
				Forms.value(form, "description"),
				new ComplaintRequest.LocationInput(Forms.value(form, "location.address"), null, null),
				new ComplaintRequest.ComplainantInput(Forms.value(form, "complainant.name"),
						Forms.value(form, "complainant.phone"), Forms.value(form, "complainant.email"), null),
				Channel.WEB);
		errors.addViolations(this.validator.validate(request));
		if (category != null && category.corruption()) {
			errors.add("category", "whistleblower", "reports of corruption go to the whistleblower channel",
					"การแจ้งเบาะแสการทุจริตให้ใช้ช่องทางแจ้งเบาะแส");
		}
		CleanPhoto clean = (photo != null && !photo.isEmpty()) ? photo(photo, errors) : null;
		if (errors.isEmpty()) {
			try {
				ComplaintAccepted accepted = this.intake.submit(request, clean);
				// post/redirect/get: reloading the page does not file the complaint
				// twice;
				// a tracking code is no secret and may be in a URL
				return "redirect:" + UriComponentsBuilder.fromPath("/complaints/filed")
					.queryParam("code", accepted.trackingCode())
					.queryParam("lang", PortalLocaleResolver.lang(locale))
					.build()
					.toUriString();
			}
			catch (ProblemException ex) {
				errors.addFieldErrors(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		// a browser never fills a file input again: ask for the photo once more
		return form(model, form.toSingleValueMap(), errors.ordered(FIELDS), clean != null);
	}

	/**
	 * Checks the photo and re-encodes it without metadata.
	 * @param photo the uploaded file
	 * @param errors where a refusal goes, as the field error of {@code photo}
	 * @return the clean photo, null when refused
	 */
	private CleanPhoto photo(MultipartFile photo, FormErrors errors) throws IOException {
		long maxMegabytes = this.photos.maxFileBytes() / (1024 * 1024);
		if (photo.getSize() > this.photos.maxFileBytes()) {
			errors.add("photo", "max-size", "is too large", "มีขนาดเกินกำหนด", maxMegabytes);
			return null;
		}
		try {
			return this.photos.clean(photo.getBytes());
		}
		catch (PhotoRejectedException ex) {
			errors.add("photo", ex.reason().rule(), "is not a JPEG or PNG photo that can be opened",
					"ต้องเป็นรูปภาพ JPEG หรือ PNG ที่เปิดได้", maxMegabytes);
			return null;
		}
	}

	@GetMapping("/filed")
	String filed(@RequestParam(name = "code", required = false) String code, Model model,
			HttpServletResponse response) {
		Optional<StatusView> view = find(code);
		if (view.isEmpty()) {
			return notFound(code, model, response);
		}
		model.addAttribute("view", view.get());
		return "portal/complaint-filed";
	}

	@GetMapping("/status")
	String status(@RequestParam(name = "code", required = false) String code, Model model,
			HttpServletResponse response) {
		if (code == null || code.isBlank()) {
			model.addAttribute("code", "");
			return "portal/complaint-status";
		}
		Optional<StatusView> view = find(code);
		if (view.isEmpty()) {
			return notFound(code, model, response);
		}
		model.addAttribute("code", view.get().trackingCode());
		model.addAttribute("view", view.get());
		return "portal/complaint-status";
	}

	private Optional<StatusView> find(String code) {
		return TrackingCodes.normalise(code)
			.flatMap((normalised) -> this.views.find(StatusDocuments.COMPLAINTS, normalised));
	}

	private static String notFound(String code, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("code", (code != null) ? code : "");
		model.addAttribute("notFound", true);
		return "portal/complaint-status";
	}

	private static String form(Model model, Map<String, String> values, Map<String, String> errors,
			boolean photoAgain) {
		model.addAttribute("photoAgain", photoAgain);
		model.addAttribute("categories", CATEGORIES);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "portal/complaint-form";
	}

}
