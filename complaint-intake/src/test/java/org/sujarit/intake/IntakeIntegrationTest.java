package org.sujarit.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the intake integration tests share: the application on a random port against the
 * shared broker and store, development keys in a temporary folder, and a plain HTTP
 * client. Both test classes get the same application context.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=complaint-intake")
public abstract class IntakeIntegrationTest {

	protected static final Duration WAIT = Duration.ofSeconds(30);

	protected final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	protected EventCodec codec;

	@Autowired
	private KafkaTemplate<?, ?> kafka;

	@DynamicPropertySource
	static void developmentKeys(DynamicPropertyRegistry registry) throws IOException {
		Path keys = Files.createTempDirectory("sujarit-intake-keys");
		Keysets.ensureDevelopmentKeysets(keys);
		// deleteOnExit runs in reverse order: the files go before their folder
		keys.toFile().deleteOnExit();
		try (var files = Files.list(keys)) {
			files.forEach((file) -> file.toFile().deleteOnExit());
		}
		registry.add("sujarit.intake.whistleblower.sealing-keyset",
				() -> keys.resolve(Keysets.SEALING_PUBLIC).toString());
		registry.add("sujarit.intake.whistleblower.receipt-pepper",
				() -> keys.resolve(Keysets.RECEIPT_PEPPER).toString());
	}

	protected Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	protected Response post(String path, Object body) {
		return postRaw(path, this.json.writeValueAsBytes(body));
	}

	protected Response postRaw(String path, byte[] body) {
		return postRaw(path, "application/json", body);
	}

	/**
	 * Posts a multipart body.
	 * @param path the path
	 * @param boundary the boundary the body uses
	 * @param body the body
	 * @return the answer
	 */
	public Response postMultipart(String path, String boundary, byte[] body) {
		return postRaw(path, "multipart/form-data; boundary=" + boundary, body);
	}

	protected Response postRaw(String path, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * Publishes a status change as case-tracking would.
	 * @param caseId the tracking code or submission id
	 * @param channel the channel
	 * @param version the case version
	 * @param status the new status
	 * @param previous the previous status, null for the opening event
	 * @param respondBy the deadline
	 * @param message the public message, may be null
	 */
	@SuppressWarnings("unchecked")
	protected void publishStatus(String caseId, Channel channel, long version, CaseStatus status, CaseStatus previous,
			Instant respondBy, String message) throws Exception {
		Instant now = Instant.now();
		CaseStatusChanged change = new CaseStatusChanged(caseId, version, Category.BRIBERY, channel, "LEGAL", status,
				previous, now.minusSeconds(60), respondBy, now, message);
		byte[] event = this.codec.encode(EventType.CASE_STATUS_CHANGED, UUID.randomUUID().toString(), caseId, now,
				change);
		((KafkaTemplate<String, byte[]>) this.kafka).send(Topics.CASE_STATUS, caseId, event).get(10, TimeUnit.SECONDS);
	}

	protected static String canary(String what) {
		return "CANARY-" + what + "-" + UUID.randomUUID();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String body = response.body();
			JsonNode node = (body == null || body.isBlank()) ? null : this.json.readTree(body);
			return new Response(response.statusCode(), response.headers().map(), node);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP answer.
	 *
	 * @param status the status code
	 * @param headers the headers
	 * @param body the JSON body, null when empty
	 */
	protected record Response(int status, Map<String, List<String>> headers, JsonNode body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> String.join(", ", entry.getValue()))
				.findFirst()
				.orElse(null);
		}

		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			for (JsonNode error : this.body.path("errors")) {
				fields.add(error.path("field").asString());
			}
			return fields;
		}

		public String errorRule(String field) {
			for (JsonNode error : this.body.path("errors")) {
				if (field.equals(error.path("field").asString())) {
					return error.path("rule").asString();
				}
			}
			return null;
		}

	}

}
