package org.sujarit.intake.portal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import org.sujarit.platform.runtime.web.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The errors of one form post, each keyed by the field's name (the same path as in the
 * JSON API, e.g. {@code complainant.email}) with its message in the page's language. The
 * rules are the API's own: the Bean Validation constraints of its request records and the
 * {@link FieldError}s its services raise; only the wording is the page's.
 */
public final class FormErrors {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> byField = new LinkedHashMap<>();

	FormErrors(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Adds the broken constraints of a validated request.
	 * @param violations what the validator found
	 * @return this
	 */
	FormErrors addViolations(Set<? extends ConstraintViolation<?>> violations) {
		for (ConstraintViolation<?> violation : violations) {
			String field = violation.getPropertyPath().toString();
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
			String rule = switch (constraint) {
				case "NotNull", "NotBlank", "NotEmpty" -> "required";
				case "Size" -> "length";
				case "Email" -> "email";
				case "Pattern" -> "format";
				case "DecimalMin", "DecimalMax", "Min", "Max" -> "range";
				default -> constraint.toLowerCase(Locale.ROOT);
			};
			add(field, rule, violation.getMessage(), violation.getMessage(), attributes.get("max"));
		}
		return this;
	}

	/**
	 * Adds the broken rules a service reported.
	 * @param errors the errors
	 * @return this
	 */
	FormErrors addFieldErrors(Collection<FieldError> errors) {
		for (FieldError error : errors) {
			add(error.field(), error.rule(), error.message(), error.messageTh());
		}
		return this;
	}

	/**
	 * Adds one broken rule.
	 * @param field the field's name
	 * @param rule the rule, such as {@code required}
	 * @param fallbackEn the English text when the portal has none for the rule
	 * @param fallbackTh the Thai text when the portal has none for the rule
	 * @param args arguments of the message, such as a maximum length
	 * @return this
	 */
	FormErrors add(String field, String rule, String fallbackEn, String fallbackTh, Object... args) {
		// one message per field: the first broken rule is the one to fix first
		this.byField.computeIfAbsent(field, (key) -> message(field, rule, fallbackEn, fallbackTh, args));
		return this;
	}

	private String message(String field, String rule, String fallbackEn, String fallbackTh, Object... args) {
		for (String key : List.of("error." + field + "." + rule, "error." + rule)) {
			try {
				return this.messages.getMessage(key, args, this.locale);
			}
			catch (NoSuchMessageException ex) {
				// try the next, more general key
			}
		}
		return "en".equals(this.locale.getLanguage()) ? fallbackEn : fallbackTh;
	}

	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/**
	 * The messages by field, in the order of the form's fields.
	 * @param order the form's fields, top to bottom; fields not named come last
	 * @return field name to message
	 */
	Map<String, String> ordered(List<String> order) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String field : order) {
			if (this.byField.containsKey(field)) {
				ordered.put(field, this.byField.get(field));
			}
		}
		this.byField.forEach(ordered::putIfAbsent);
		return ordered;
	}

}
