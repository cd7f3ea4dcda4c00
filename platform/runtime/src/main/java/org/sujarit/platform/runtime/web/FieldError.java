package org.sujarit.platform.runtime.web;

/**
 * One bad field in a request, as it appears in the {@code errors} member of a problem.
 *
 * @param field the field's path in the request body, such as {@code complainant.email}
 * @param rule the rule it broke, such as {@code required}, {@code max-length},
 * {@code one-of}, {@code format}
 * @param message what is wrong, in English
 * @param messageTh what is wrong, in Thai
 */
public record FieldError(String field, String rule, String message, String messageTh) {
}
