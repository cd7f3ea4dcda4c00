package org.sujarit.intake.portal;

import java.util.Locale;

import org.sujarit.platform.events.Category;

import org.springframework.util.MultiValueMap;

/**
 * Reading posted form fields: an empty field is an absent one, as in the JSON API where
 * an optional field is left out.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * A field's value.
	 * @param form the posted form
	 * @param name the field's name
	 * @return the value, null when absent or blank
	 */
	static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * A category by name.
	 * @param value the posted name, may be null
	 * @return the category, null when none or unknown
	 */
	static Category category(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Category.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
