package org.sujarit.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sign-in service, signs demo users in through real grants with an HTTP client
 * driving the login form as a browser would, and hands their tokens to a staff API
 * configured only with the service's issuer and JWK set URI.
 */
class StaffSignInIntegrationTests {

	private static final String CONSOLE_REDIRECT = "http://localhost:8081/login/oauth2/code/sujarit";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path keys;

	private static int port;

	private static ConfigurableApplicationContext signIn;

	private static ConfigurableApplicationContext staffApi;

	@BeforeAll
	static void start() throws IOException {
		port = freePort();
		signIn = startSignIn();
		staffApi = new SpringApplicationBuilder(StaffApi.class).properties("spring.config.name=staff-api-probe")
			.run("--server.port=0", "--spring.main.banner-mode=off", "--sujarit.staff.issuer=" + issuer(),
					"--sujarit.staff.jwk-set-uri=" + issuer() + "/oauth2/jwks");
	}

	@AfterAll
	static void stop() {
		if (staffApi != null) {
			staffApi.close();
		}
		if (signIn != null) {
			signIn.close();
		}
	}

	@Test
	void publishesItsConfigurationAndOnlyThePublicHalfOfItsKey() throws Exception {
		JsonNode configuration = json(plain().send(get(issuer() + "/.well-known/openid-configuration").build(),
				HttpResponse.BodyHandlers.ofString()));
		assertThat(configuration.get("issuer").asString()).isEqualTo(issuer());
		assertThat(configuration.get("jwks_uri").asString()).isEqualTo(issuer() + "/oauth2/jwks");
		assertThat(configuration.get("device_authorization_endpoint").asString())
			.isEqualTo(issuer() + "/oauth2/device_authorization");

		JsonNode jwks = json(
				plain().send(get(issuer() + "/oauth2/jwks").build(), HttpResponse.BodyHandlers.ofString()));
		assertThat(jwks.get("keys")).hasSize(1);
		JsonNode key = jwks.get("keys").get(0);
		assertThat(key.get("kty").asString()).isEqualTo("RSA");
		assertThat(key.has("d")).as("private exponent").isFalse();
		assertThat(key.has("p")).isFalse();
		assertThat(Files.readString(keys.resolve("signing-key.json"))).contains("\"d\"");
	}

	@Test
	void aTerminalSignsInWithTheDeviceGrantAndTheStaffApiAcceptsItsToken() throws Exception {
		String accessToken = deviceSignIn("legal", "sujarit");

		Map<String, Object> claims = payload(accessToken);
		assertThat(claims).containsEntry("iss", issuer())
			.containsEntry("sub", "legal")
			.containsEntry("preferred_username", "legal")
			.containsEntry("unit", "LEGAL")
			.containsEntry("roles", List.of("LEGAL_OFFICER"));
		assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(3600);

		HttpResponse<String> me = plain().send(
				get(staffApiUrl() + "/api/me").header("Authorization", "Bearer " + accessToken).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		JsonNode user = json(me);
		assertThat(user.get("username").asString()).isEqualTo("legal");
		assertThat(user.get("displayName").asString()).startsWith("นิติ ยุติธรรม");
		assertThat(user.get("unit").asString()).isEqualTo("LEGAL");
		assertThat(user.get("roles").values()).extracting(JsonNode::asString).containsExactly("LEGAL_OFFICER");

		HttpResponse<String> anonymous = plain().send(get(staffApiUrl() + "/api/me").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		String forged = accessToken.substring(0, accessToken.lastIndexOf('.') + 1) + "AAAA";
		assertThat(plain()
			.send(get(staffApiUrl() + "/api/me").header("Authorization", "Bearer " + forged).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theConsoleSignsInWithAuthorizationCodeAndPkceAndRefreshes() throws Exception {
		Browser browser = new Browser();
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String authorize = issuer() + "/oauth2/authorize?"
				+ form(Map.of("response_type", "code", "client_id", "sujarit-console", "scope", "openid profile",
						"state", "s-1", "nonce", "n-1", "redirect_uri", CONSOLE_REDIRECT, "code_challenge", challenge,
						"code_challenge_method", "S256"));

		URI callback = browser.signIn(authorize, "officer.works", "sujarit");

		assertThat(callback.toString()).startsWith(CONSOLE_REDIRECT + "?");
		Map<String, String> query = query(callback);
		assertThat(query).containsEntry("state", "s-1");
		Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code",
				query.get("code"), "redirect_uri", CONSOLE_REDIRECT));
		HttpResponse<String> withoutVerifier = tokenRequest(exchange, true);
		assertThat(withoutVerifier.statusCode()).as("PKCE is required").isEqualTo(400);
		exchange.put("code_verifier", verifier);
		// a refused exchange spends the code: authorize again (still signed in)
		callback = browser.authorize(authorize);
		exchange.put("code", query(callback).get("code"));
		HttpResponse<String> tokens = tokenRequest(exchange, true);
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		JsonNode body = json(tokens);

		Map<String, Object> idToken = payload(body.get("id_token").asString());
		assertThat(idToken).containsEntry("preferred_username", "officer.works")
			.containsEntry("unit", "PUBLIC_WORKS")
			.containsEntry("roles", List.of("OFFICER"))
			.containsEntry("nonce", "n-1")
			.containsEntry("aud", "sujarit-console");
		assertThat(payload(body.get("access_token").asString())).containsEntry("unit", "PUBLIC_WORKS");
		assertThat(staffApiStatus(body.get("access_token").asString())).isEqualTo(200);
		assertThat(staffApiStatus(body.get("id_token").asString())).as("an ID token is no access token").isEqualTo(401);

		HttpResponse<String> refreshed = tokenRequest(
				Map.of("grant_type", "refresh_token", "refresh_token", body.get("refresh_token").asString()), true);
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		assertThat(payload(json(refreshed).get("access_token").asString())).containsEntry("roles", List.of("OFFICER"));
		assertThat(tokenRequest(
				Map.of("grant_type", "refresh_token", "refresh_token", body.get("refresh_token").asString()), false)
			.statusCode()).as("without the client secret").isEqualTo(401);
	}

	@Test
	void aWrongPasswordSignsNobodyIn() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.send(get(issuer() + "/login").build());
		HttpResponse<String> refused = browser.send(post(issuer() + "/login",
				Map.of("username", "legal", "password", "guess", "_csrf", csrf(login.body()))));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.send(get(issuer() + "/activate").header("Accept", "text/html").build()).statusCode())
			.isEqualTo(302);
	}

	@Test
	void theDemoUsersCoverEveryRoleWithKnownRoleNames() {
		List<SignInProperties.Account> users = signIn.getBean(SignInProperties.class).users();
		List<String> roleNames = Arrays.stream(StaffRole.values()).map(Enum::name).toList();

		assertThat(users).flatExtracting(SignInProperties.Account::roles).allMatch(roleNames::contains);
		assertThat(users).flatExtracting(SignInProperties.Account::roles).containsAll(roleNames);
		assertThat(users).extracting(SignInProperties.Account::unit)
			.contains("LEGAL", "PUBLIC_WORKS", "FINANCE", "CLERK_OFFICE");
	}

	@Test
	void theSigningKeySurvivesARestart() throws Exception {
		String token = deviceSignIn("auditor", "sujarit");
		String before = plain().send(get(issuer() + "/oauth2/jwks").build(), HttpResponse.BodyHandlers.ofString())
			.body();

		signIn.close();
		signIn = startSignIn();

		String after = plain().send(get(issuer() + "/oauth2/jwks").build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(after).isEqualTo(before);
		HttpResponse<String> me = plain().send(
				get(staffApiUrl() + "/api/me").header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json(me).get("unit").isNull()).as("auditors belong to no unit").isTrue();
	}

	@Test
	void aLinkAloneNeverSignsATerminalInEvenAfterTheUserHasConfirmedOneBefore() throws Exception {
		Browser browser = new Browser();
		JsonNode own = startDeviceSignIn();
		browser.signIn(own.get("verification_uri_complete").asString(), "legal", "sujarit");
		assertThat(browser.consent().getPath()).isEqualTo("/activated");
		assertThat(pollToken(own).statusCode()).isEqualTo(200);

		// someone else's terminal code, slipped to the signed-in user as a link
		JsonNode foreign = startDeviceSignIn();
		for (String link : List.of(foreign.get("verification_uri_complete").asString(),
				issuer() + "/oauth2/device_verification?user_code=" + foreign.get("user_code").asString())) {
			URI landed = browser.authorize(link);
			assertThat(landed.getPath()).as(link).isEqualTo("/oauth2/device_verification");
			assertThat(browser.page).as("the page shows the code to check")
				.contains(foreign.get("user_code").asString());
			HttpResponse<String> pending = pollToken(foreign);
			assertThat(pending.statusCode()).as(link).isEqualTo(400);
			assertThat(json(pending).get("error").asString()).isEqualTo("authorization_pending");
		}

		// a forged confirmation without the state of the page the user saw is refused
		HttpResponse<String> forged = browser.send(
				post(issuer() + "/oauth2/device_verification", Map.of("user_code", foreign.get("user_code").asString(),
						"client_id", "sujarit-cli", "scope", "profile", "state", "guessed")));
		assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith("/activated");
		assertThat(pollToken(foreign).statusCode()).isEqualTo(400);
	}

	private int staffApiStatus(String bearer) throws Exception {
		return plain()
			.send(get(staffApiUrl() + "/api/me").header("Authorization", "Bearer " + bearer).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private JsonNode startDeviceSignIn() throws Exception {
		HttpResponse<String> started = plain().send(
				post(issuer() + "/oauth2/device_authorization", Map.of("client_id", "sujarit-cli", "scope", "profile"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		return json(started);
	}

	private HttpResponse<String> pollToken(JsonNode device) throws Exception {
		Map<String, String> poll = Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code",
				device.get("device_code").asString(), "client_id", "sujarit-cli");
		return plain().send(post(issuer() + "/oauth2/token", poll).build(), HttpResponse.BodyHandlers.ofString());
	}

	// the device grant (RFC 8628): the terminal asks, the user confirms in a browser
	private String deviceSignIn(String username, String password) throws Exception {
		HttpResponse<String> started = plain().send(
				post(issuer() + "/oauth2/device_authorization", Map.of("client_id", "sujarit-cli", "scope", "profile"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		JsonNode device = json(started);
		assertThat(device.get("verification_uri").asString()).isEqualTo(issuer() + "/activate");
		Map<String, String> poll = Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code",
				device.get("device_code").asString(), "client_id", "sujarit-cli");
		HttpResponse<String> early = plain().send(post(issuer() + "/oauth2/token", poll).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(json(early).get("error").asString()).isEqualTo("authorization_pending");

		Browser browser = new Browser();
		URI consent = browser.signIn(device.get("verification_uri_complete").asString(), username, password);
		// the user checks the code shown matches their terminal's, and confirms
		assertThat(consent.getPath()).isEqualTo("/oauth2/device_verification");
		assertThat(browser.page).contains(device.get("user_code").asString());
		URI landed = browser.consent();
		assertThat(landed.getPath()).as(browser.page).isEqualTo("/activated");

		HttpResponse<String> tokens = plain().send(post(issuer() + "/oauth2/token", poll).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		return json(tokens).get("access_token").asString();
	}

	private HttpResponse<String> tokenRequest(Map<String, String> form, boolean withSecret) throws Exception {
		HttpRequest.Builder request = post(issuer() + "/oauth2/token", form);
		if (withSecret) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("sujarit-console:sujarit-console-secret".getBytes(StandardCharsets.UTF_8)));
		}
		return plain().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext startSignIn() {
		return StaffSignInApplication.application()
			.run("--server.port=" + port, "--spring.main.banner-mode=off", "--sujarit.signin.issuer=" + issuer(),
					"--sujarit.signin.signing-key=" + keys.resolve("signing-key.json"));
	}

	private static String issuer() {
		return "http://localhost:" + port;
	}

	private static String staffApiUrl() {
		return "http://localhost:" + ((WebServerApplicationContext) staffApi).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpClient plain() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
	}

	private static HttpRequest.Builder post(String url, Map<String, String> form) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)));
	}

	private static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					(parts.length > 1) ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return values;
	}

	private static String csrf(String loginPage) {
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		return token.group(1);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> payload(String jwt) {
		String[] parts = jwt.split("\\.");
		return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * A browser: keeps cookies, follows redirects on the sign-in server and stops at the
	 * first redirect elsewhere (a client's callback).
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String page = "";

		/**
		 * Opens a page that needs sign-in, fills the login form, and follows on.
		 * @return where it ended: the last page on the sign-in server, or the first URL
		 * elsewhere
		 */
		URI signIn(String start, String username, String password) throws Exception {
			URI at = follow(URI.create(start));
			assertThat(at.getPath()).as("sent to the login form").isEqualTo("/login");
			HttpResponse<String> login = send(get(at.toString()).build());
			HttpResponse<String> submitted = send(post(issuer() + "/login",
					Map.of("username", username, "password", password, "_csrf", csrf(login.body()))));
			assertThat(submitted.statusCode()).isEqualTo(302);
			return follow(URI.create(issuer()).resolve(submitted.headers().firstValue("Location").orElseThrow()));
		}

		/**
		 * Submits the consent form on the current page, granting every scope it lists.
		 * @return where it ended
		 */
		URI consent() throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")
				.matcher(this.page);
			while (hidden.find()) {
				form.put(hidden.group(1), hidden.group(2));
			}
			assertThat(this.page).as("a consent page").contains("name=\"state\"");
			// a scope granted before shows as a disabled box, which a browser does not
			// send
			Matcher scope = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"").matcher(this.page);
			if (scope.find()) {
				form.put("scope", scope.group(1));
			}
			HttpResponse<String> granted = send(post(issuer() + "/oauth2/device_verification", form));
			assertThat(granted.statusCode()).as(granted.body()).isEqualTo(302);
			return follow(URI.create(issuer()).resolve(granted.headers().firstValue("Location").orElseThrow()));
		}

		/**
		 * Opens an authorization request while signed in.
		 * @return the client callback it was sent to
		 */
		URI authorize(String url) throws Exception {
			return follow(URI.create(url));
		}

		private URI follow(URI start) throws Exception {
			URI at = start;
			for (int hops = 0; hops < 10; hops++) {
				if (!at.toString().startsWith(issuer())) {
					return at;
				}
				HttpResponse<String> response = send(get(at.toString()).header("Accept", "text/html").build());
				if (response.statusCode() != 302) {
					assertThat(response.statusCode()).as("%s: %s", at, response.body()).isEqualTo(200);
					this.page = response.body();
					return at;
				}
				at = at.resolve(response.headers().firstValue("Location").orElseThrow());
			}
			throw new AssertionError("Too many redirects from " + start);
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> send(HttpRequest request) throws Exception {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

	/**
	 * A staff API as the services have it: the platform's resource server, configured
	 * with nothing but this provider's issuer and JWK set URI.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = { "org.sujarit.platform.runtime.PlatformAutoConfiguration",
			"org.sujarit.platform.runtime.health.StoreHealthConfiguration",
			"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
			"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
			"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration" })
	@Import(Me.class)
	static class StaffApi {

	}

	@RestController
	static class Me {

		@GetMapping("/api/me")
		StaffUser me(StaffUser user) {
			return user;
		}

	}

}
