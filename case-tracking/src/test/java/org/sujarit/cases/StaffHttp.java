package org.sujarit.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.testkit.StaffTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Calls the running service's staff API as one of the test users, with bearer tokens
 * signed like the staff sign-in service's, over real HTTP.
 */
final class StaffHttp {

	// signed like the staff sign-in service's tokens; the service checks them for real
	private static final StaffTokens TOKENS = new StaffTokens();

	private static Path sealingKeys;

	// the test users, one per role (and a second officer in another unit)
	private static final Map<String, Account> ACCOUNTS = accounts();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	StaffHttp(int port) {
		this.port = port;
	}

	Reply get(String user, String path) throws Exception {
		return send(user, request(path).GET());
	}

	Reply post(String user, String path, Object body) throws Exception {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body))
				: HttpRequest.BodyPublishers.noBody();
		return send(user, request(path).header("Content-Type", "application/json").POST(publisher));
	}

	byte[] download(String user, String path) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		request.header("Authorization", authorization(user));
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return (response.statusCode() == 200) ? response.body() : null;
	}

	/**
	 * The {@code Authorization} header of a demonstration user: a real signed token, as
	 * the staff sign-in service issues it.
	 * @param user the user name
	 * @return {@code Bearer <jwt>}
	 */
	static String authorization(String user) {
		Account account = ACCOUNTS.get(user);
		if (account == null) {
			throw new IllegalArgumentException("No demonstration account " + user);
		}
		return TOKENS.bearer(user, account.unit(), account.roles());
	}

	/**
	 * Makes the service accept this class's tokens; one key for every test class, so they
	 * share one application context.
	 * @param registry the test's dynamic properties
	 */
	static void register(DynamicPropertyRegistry registry) {
		TOKENS.properties().forEach((name, value) -> registry.add(name, () -> value));
		// one sealing keyset for every test class too: the classes' contexts share the
		// consumer group, so any of them may seal a corruption complaint off the topic
		registry.add("sujarit.cases.reclassification.sealing-keyset",
				() -> sealingKeys().resolve(Keysets.SEALING_PUBLIC).toString());
	}

	/**
	 * The development sealing keysets every test class's service seals with.
	 * @return their folder
	 */
	static synchronized Path sealingKeys() {
		if (sealingKeys == null) {
			try {
				Path folder = Files.createTempDirectory("sujarit-cases-keys");
				Keysets.ensureDevelopmentKeysets(folder);
				sealingKeys = folder;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sealingKeys;
	}

	private static Map<String, Account> accounts() {
		Map<String, Account> accounts = new LinkedHashMap<>();
		accounts.put("clerk", new Account("CLERK_OFFICE", StaffRole.INTAKE_CLERK));
		accounts.put("officer", new Account("PUBLIC_WORKS", StaffRole.OFFICER));
		accounts.put("officer2", new Account("PUBLIC_HEALTH_ENVIRONMENT", StaffRole.OFFICER));
		accounts.put("legal", new Account("LEGAL", StaffRole.LEGAL_OFFICER));
		accounts.put("head", new Account("PUBLIC_WORKS", StaffRole.UNIT_HEAD));
		accounts.put("supervisor", new Account("CLERK_OFFICE", StaffRole.SUPERVISOR));
		accounts.put("custodian", new Account("LEGAL", StaffRole.CUSTODIAN));
		accounts.put("auditor", new Account("CLERK_OFFICE", StaffRole.AUDITOR));
		accounts.put("admin", new Account("CLERK_OFFICE", StaffRole.ADMINISTRATOR));
		return accounts;
	}

	private record Account(String unit, StaffRole... roles) {
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		if (array != null) {
			array.forEach((node) -> texts.add(node.asString()));
		}
		return texts;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	private Reply send(String user, HttpRequest.Builder request) throws Exception {
		if (user != null) {
			request.header("Authorization", authorization(user));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode body = (contentType.contains("json") && !response.body().isEmpty())
				? this.json.readTree(response.body()) : this.json.createObjectNode();
		return new Reply(response.statusCode(), contentType, body);
	}

	record Reply(int status, String contentType, JsonNode body) {
	}

}
