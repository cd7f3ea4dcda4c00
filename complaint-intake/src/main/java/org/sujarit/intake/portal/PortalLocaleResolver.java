package org.sujarit.intake.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The portal's language: Thai unless the request carries {@code lang=en}, in the URL of a
 * link or in a hidden field of a form. Never a cookie or a session: the whistleblower
 * pages must leave nothing behind in the browser, and every link and form carries the
 * language on, so nothing needs to remember it.
 */
public class PortalLocaleResolver implements LocaleResolver {

	/** The portal's default language. */
	public static final Locale THAI = Locale.forLanguageTag("th-TH");

	/** The language of the switch. */
	public static final Locale ENGLISH = Locale.ENGLISH;

	/** The request parameter that carries the language. */
	public static final String PARAMETER = "lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return of(request.getParameter(PARAMETER));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// nothing to remember: the language travels with each link and form
	}

	/**
	 * The locale a {@code lang} value asks for.
	 * @param lang the value, may be null
	 * @return English for {@code en}, Thai for anything else
	 */
	public static Locale of(String lang) {
		return "en".equalsIgnoreCase((lang != null) ? lang.strip() : null) ? ENGLISH : THAI;
	}

	/**
	 * The {@code lang} value of a locale, as links and forms carry it.
	 * @param locale the locale
	 * @return {@code en} or {@code th}
	 */
	public static String lang(Locale locale) {
		return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "th";
	}

}
