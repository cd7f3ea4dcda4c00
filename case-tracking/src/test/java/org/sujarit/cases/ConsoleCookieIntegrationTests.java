package org.sujarit.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.testkit.SujaritIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's cookies with {@code sujarit.console.secure-cookie} on, as a deployment
 * behind a proxy that terminates TLS sets it: over real HTTP, since the session cookie is
 * the servlet container's.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=case-tracking", "sujarit.console.secure-cookie=true" })
class ConsoleCookieIntegrationTests extends CaseTrackingIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void theSessionCookieIsSecureWhenTheSwitchIsOn() throws Exception {
		// starting the sign-in keeps the authorization request in the session
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/authorization/sujarit"))
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(302);
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("SUJARIT_CONSOLE="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("; Secure").contains("HttpOnly"));
	}

}
