package org.sujarit.platform.runtime.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.testkit.StaffTokens;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with the staff API switched on, called over HTTP with real signed tokens.
 */
@SujaritIntegrationTest
@SpringBootTest(classes = StaffAccessIntegrationTests.StaffApiApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.application.name=staff-access-test",
				"spring.mongodb.database=staff-access-test", "sujarit.staff.open-paths=/public/**" })
class StaffAccessIntegrationTests {

	static final StaffTokens TOKENS = new StaffTokens("https://sign-in.test.sujarit");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void staffTokens(DynamicPropertyRegistry registry) {
		TOKENS.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void aSignedInUserReachesTheApiAndControllersGetThemAsAParameter() throws Exception {
		Reply reply = get("/api/me", TOKENS.bearer("officer.works", "PUBLIC_WORKS", StaffRole.OFFICER));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("username").asString()).isEqualTo("officer.works");
		assertThat(reply.body().get("unit").asString()).isEqualTo("PUBLIC_WORKS");
		assertThat(reply.body().get("roles").values()).extracting(JsonNode::asString).containsExactly("OFFICER");
		assertThat(reply.body().get("principal").asString()).isEqualTo("officer.works");
	}

	@Test
	void withoutATokenTheApiAnswers401AsAProblemInEnglishAndThai() throws Exception {
		Reply reply = get("/api/me", null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.wwwAuthenticate()).startsWith("Bearer");
		assertThat(reply.body().get("type").asString()).isEqualTo("urn:sujarit:problem:unauthorized");
		assertThat(reply.body().get("detail").asString()).isEqualTo("Sign in as staff to use this API");
		assertThat(reply.body().get("detailTh").asString()).isEqualTo("กรุณาเข้าสู่ระบบในฐานะเจ้าหน้าที่");
		assertThat(reply.body().get("instance").asString()).isEqualTo("/api/me");
		assertThat(get("/somewhere/else", null).status()).isEqualTo(401);
	}

	@Test
	void refusesTokensThatAreForgedExpiredFromAnotherIssuerOrWithoutExpiry() throws Exception {
		StaffTokens forger = new StaffTokens(TOKENS.issuer());
		StaffTokens otherIssuer = new StaffTokens("https://elsewhere.example");
		Map<String, Object> expired = claims("legal");
		expired.put("iat", Instant.now().minus(Duration.ofHours(2)));
		expired.put("exp", Instant.now().minus(Duration.ofHours(1)));
		Map<String, Object> noExpiry = claims("legal");
		noExpiry.put("exp", null);

		for (String token : List.of(forger.bearer("legal", "LEGAL", StaffRole.LEGAL_OFFICER),
				otherIssuer.bearer("legal", "LEGAL", StaffRole.LEGAL_OFFICER), TOKENS.bearerWithClaims(expired),
				TOKENS.bearerWithClaims(noExpiry), "Bearer not-a-jwt")) {
			Reply reply = get("/api/me", token);
			assertThat(reply.status()).as(token).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.wwwAuthenticate()).contains("invalid_token");
			assertThat(reply.body().get("detailTh").asString()).isNotBlank();
			assertThat(reply.body().get("detail").asString()).contains("not valid or has expired");
		}
		Map<String, Object> nobody = claims(null);
		nobody.put("sub", null);
		assertThat(get("/api/me", TOKENS.bearerWithClaims(nobody)).status()).isEqualTo(401);
	}

	@Test
	void methodSecurityRefusesOtherRolesWith403AsAProblem() throws Exception {
		Reply officer = get("/api/routing", TOKENS.bearer("officer.works", "PUBLIC_WORKS", StaffRole.OFFICER));
		Reply unknownRolesOnly = get("/api/routing",
				TOKENS.bearerWithClaims(Map.of("preferred_username", "admin", "roles", List.of("ADMIN", "root"))));
		Reply administrator = get("/api/routing", TOKENS.bearer("admin", null, StaffRole.ADMINISTRATOR));

		assertThat(officer.status()).isEqualTo(403);
		assertThat(officer.contentType()).startsWith("application/problem+json");
		assertThat(officer.body().get("type").asString()).isEqualTo("urn:sujarit:problem:forbidden");
		assertThat(officer.body().get("detail").asString()).isEqualTo("Your staff role does not allow this");
		assertThat(officer.body().get("detailTh").asString()).isEqualTo("บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้");
		assertThat(unknownRolesOnly.status()).isEqualTo(403);
		assertThat(administrator.status()).isEqualTo(200);
		assertThat(administrator.body().get("routing").asString()).isEqualTo("table");
	}

	@Test
	void probesMetricsAndConfiguredPathsStayOpen() throws Exception {
		assertThat(get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).status()).isEqualTo(200);
		Reply resource = get("/.well-known/oauth-protected-resource", null);
		assertThat(resource.status()).isEqualTo(200);
		assertThat(resource.body().get("authorization_servers").values()).extracting(JsonNode::asString)
			.containsExactly(TOKENS.issuer());
		Reply open = get("/public/hello", null);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.body().get("hello").asString()).isEqualTo("anyone");
	}

	private static Map<String, Object> claims(String username) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", username);
		claims.put("preferred_username", username);
		claims.put("roles", List.of("LEGAL_OFFICER"));
		return claims;
	}

	private Reply get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode body = contentType.contains("json") ? this.json.readTree(response.body())
				: this.json.createObjectNode();
		return new Reply(response.statusCode(), contentType,
				response.headers().firstValue("WWW-Authenticate").orElse(""), body);
	}

	private record Reply(int status, String contentType, String wwwAuthenticate, JsonNode body) {
	}

	// test classes' nested classes are left out of component scanning: import it
	@SpringBootApplication
	@Import(ProbeController.class)
	static class StaffApiApplication {

	}

	@RestController
	static class ProbeController {

		@GetMapping("/api/me")
		Map<String, Object> me(StaffUser user, java.security.Principal principal) {
			return Map.of("username", user.username(), "unit", String.valueOf(user.unit()), "roles", user.roles(),
					"principal", principal.getName());
		}

		@GetMapping("/api/routing")
		@PreAuthorize("hasRole('ADMINISTRATOR')")
		Map<String, Object> routing(StaffUser user) {
			return Map.of("routing", "table");
		}

		@GetMapping("/public/hello")
		Map<String, Object> hello() {
			return Map.of("hello", "anyone");
		}

	}

}
