package org.sujarit.intake.portal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLocaleResolverTests {

	private final PortalLocaleResolver resolver = new PortalLocaleResolver();

	@Test
	void thaiByDefaultWhateverTheBrowserAsksFor() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addPreferredLocale(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(request).getLanguage()).isEqualTo("th");
	}

	@Test
	void englishByTheLangParameter() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setParameter("lang", "en");
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		request.setParameter("lang", "xx");
		assertThat(this.resolver.resolveLocale(request).getLanguage()).isEqualTo("th");
	}

	@Test
	void settingTheLocaleLeavesNoCookie() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.ENGLISH);
		assertThat(response.getCookies()).isEmpty();
		assertThat(request.getSession(false)).isNull();
	}

}
