package org.sujarit.cases.console;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.recording.ComplaintRecording;
import org.sujarit.cases.recording.RecordRequest;
import org.sujarit.cases.recording.RecordedComplaint;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.Location;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake clerk's page: record a complaint received by phone, letter, walk-in, comment
 * box or the Damrongtham centre, with the date and time it was actually received (the
 * 15-day clock starts then), through the same recording service as
 * {@code POST /api/v1/cases/recorded}.
 */
@Controller
class RecordPageController {

	static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.LETTER, Channel.WALK_IN, Channel.COMPLAINT_BOX,
			Channel.DAMRONGTHAM);

	private final ComplaintRecording recording;

	private final CaseAccess access;

	private final Routing routing;

	private final Clock clock;

	RecordPageController(ComplaintRecording recording, CaseAccess access, Routing routing, Clock clock) {
		this.recording = recording;
		this.access = access;
		this.routing = routing;
		this.clock = clock;
	}

	@GetMapping("/console/record")
	String form(Model model) {
		StaffUser me = ConsoleAdvice.staff();
		this.access.requireRecord(me);
		return page(model, null, Map.of());
	}

	@PostMapping("/console/record")
	String record(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffUser me = ConsoleAdvice.staff();
		this.access.requireRecord(me);
		List<FieldError> errors = new ArrayList<>();
		Channel channel = parse(Channel.class, form.getFirst("channel"));
		Category category = parse(Category.class, form.getFirst("category"));
		java.time.Instant receivedAt = null;
		String received = form.getFirst("receivedAt");
		if (received != null && !received.isBlank()) {
			try {
				receivedAt = LocalDateTime.parse(received).atZone(ConsoleDates.BANGKOK).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("receivedAt", "format", "must be a date and time such as 2026-11-20T09:30",
						"ต้องเป็นวันและเวลา เช่น 2026-11-20T09:30"));
			}
		}
		Complainant complainant = contact(form);
		String address = text(form, "address");
		RecordRequest request = new RecordRequest(channel, receivedAt, category, text(form, "subject"),
				text(form, "description"), (address != null) ? new Location(address, null, null) : null, complainant,
				text(form, "namedUnit"));
		try {
			RecordedComplaint recorded = record(me, request, errors);
			redirect.addFlashAttribute("recorded", recorded);
			return "redirect:/console/record";
		}
		catch (ProblemException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			PageProblem problem = PageProblem.of("record", ex, locale);
			response.setStatus(problem.status());
			return page(model, problem, form.toSingleValueMap());
		}
	}

	// the service names every bad field; a date it never saw (unreadable) is named here
	private RecordedComplaint record(StaffUser me, RecordRequest request, List<FieldError> unreadable) {
		try {
			// an unreadable date is passed on as none: the service refuses it too
			return this.recording.record(me, request);
		}
		catch (ProblemException ex) {
			if (unreadable.isEmpty()) {
				throw ex;
			}
			List<FieldError> errors = new ArrayList<>(unreadable);
			ex.errors().stream().filter((error) -> !"receivedAt".equals(error.field())).forEach(errors::add);
			throw new ProblemException(ex.status(), ex.code(), ex.getMessage(), ex.messageTh(), errors);
		}
	}

	private String page(Model model, PageProblem problem, Map<String, String> values) {
		model.addAttribute("channels", CHANNELS);
		// corruption categories too: the recording seals their contact and text for the
		// anonymizer, so a clerk who takes a bribery complaint by phone has a safe place
		// for it
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("units", this.routing.units());
		model.addAttribute("problem", problem);
		model.addAttribute("values", values);
		model.addAttribute("now",
				LocalDateTime.now(this.clock.withZone(ConsoleDates.BANGKOK)).withSecond(0).withNano(0).toString());
		return "console/record";
	}

	private static Complainant contact(MultiValueMap<String, String> form) {
		String name = text(form, "name");
		String phone = text(form, "phone");
		String email = text(form, "email");
		String line = text(form, "lineId");
		if (name == null && phone == null && email == null && line == null) {
			return null;
		}
		return new Complainant(name, phone, email, line);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
