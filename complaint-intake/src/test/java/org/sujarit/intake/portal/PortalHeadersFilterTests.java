package org.sujarit.intake.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PortalHeadersFilterTests {

	private final PortalHeadersFilter filter = new PortalHeadersFilter(100);

	@Test
	void aPageGetsTheHeadersAndCannotStartASession() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/whistleblower");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getHeader("Content-Security-Policy"))
			.isEqualTo(PortalHeadersFilter.CONTENT_SECURITY_POLICY);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThat(passed.getSession(false)).isNull();
		assertThatIllegalStateException().isThrownBy(passed::getSession);
		assertThat(request.getSession(false)).isNull();
	}

	@Test
	void theApiIsLeftAlone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/whistleblower/reports");
		request.addHeader("Sec-Fetch-Site", "cross-site");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(response.getHeader("Content-Security-Policy")).isNull();
	}

	@Test
	void crossSiteIsToldBySecFetchSiteOrAnotherOrigin() {
		assertThat(PortalHeadersFilter.crossSite(post("Sec-Fetch-Site", "cross-site"))).isTrue();
		assertThat(PortalHeadersFilter.crossSite(post("Sec-Fetch-Site", "same-site"))).isTrue();
		assertThat(PortalHeadersFilter.crossSite(post("Origin", "https://evil.example"))).isTrue();
		assertThat(PortalHeadersFilter.crossSite(post("Origin", "not a uri"))).isTrue();
		assertThat(PortalHeadersFilter.crossSite(post("Sec-Fetch-Site", "same-origin"))).isFalse();
		assertThat(PortalHeadersFilter.crossSite(post("Sec-Fetch-Site", "none"))).isFalse();
		assertThat(PortalHeadersFilter.crossSite(post("Origin", "null"))).isFalse();
		assertThat(PortalHeadersFilter.crossSite(post("Origin", "https://portal.example:8443"))).isFalse();
		assertThat(PortalHeadersFilter.crossSite(post())).isFalse();
	}

	@Test
	void anEvidenceUploadOverTheLimitGetsAPageNotJson() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", PortalHeadersFilter.EVIDENCE_PATH);
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("8 MB")
			.contains("ไฟล์ใหญ่เกินไป");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aComplaintWithAPhotoOverTheBodyLimitGetsAPageNotJson() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", PortalHeadersFilter.COMPLAINT_PATH);
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("5 MB")
			.contains("รูปภาพใหญ่เกินไป")
			.contains("href=\"/complaints/new\"");
		assertThat(chain.getRequest()).isNull();
	}

	private static MockHttpServletRequest post(String... headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/whistleblower/report");
		request.addHeader("Host", "portal.example");
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

}
