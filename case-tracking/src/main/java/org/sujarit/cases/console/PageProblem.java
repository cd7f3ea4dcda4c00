package org.sujarit.cases.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sujarit.cases.handling.CaseConflictException;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

/**
 * What a page tells the user when a service refused their form: one message in their
 * language, the bad fields with what is wrong with each (shown next to the field), and
 * for a conflict the case version the page must be reloaded at.
 *
 * @param form the form that was sent, so the page puts the errors next to its fields
 * @param message the message, in the page's language
 * @param fields bad field → what is wrong, in the page's language
 * @param conflict whether the case changed or is in a status that does not allow this
 * @param currentVersion the case's current version for a conflict, else null
 * @param status the HTTP status the page is answered with
 */
public record PageProblem(String form, String message, Map<String, String> fields, boolean conflict,
		Long currentVersion, int status) {

	static PageProblem of(String form, ProblemException ex, Locale locale) {
		boolean thai = ConsoleDates.thai(locale);
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.errors()) {
			fields.putIfAbsent(error.field(), thai ? error.messageTh() : capitalized(error.message()));
		}
		String message = thai ? ex.messageTh() : ex.getMessage();
		return new PageProblem(form, message, fields, ex.status().value() == 409, null, ex.status().value());
	}

	static PageProblem of(String form, CaseConflictException ex, Locale locale) {
		String message = ConsoleDates.thai(locale) ? ex.messageTh() : ex.getMessage();
		return new PageProblem(form, message, Map.of(), true, ex.currentVersion(), 409);
	}

	static PageProblem fields(String form, Map<String, String> fields, Locale locale) {
		String message = ConsoleDates.thai(locale) ? "ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่ระบุ"
				: "Some fields are not valid: please correct them";
		return new PageProblem(form, message, fields, false, null, 400);
	}

	/**
	 * Whether a field of a form has an error.
	 * @param form the form
	 * @param field the field
	 * @return true if so
	 */
	public boolean has(String form, String field) {
		return form.equals(this.form) && this.fields.containsKey(field);
	}

	/**
	 * The error of a field of a form.
	 * @param form the form
	 * @param field the field
	 * @return what is wrong, null when nothing
	 */
	public String error(String form, String field) {
		return form.equals(this.form) ? this.fields.get(field) : null;
	}

	private static String capitalized(String message) {
		return (message == null || message.isEmpty()) ? message
				: Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

}
