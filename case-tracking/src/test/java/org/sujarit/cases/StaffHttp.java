package org.sujarit.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service's staff API as one of the demonstration accounts of
 * {@code case-tracking.yml} (password = user name), over real HTTP.
 */
final class StaffHttp {

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
		request.header("Authorization", basic(user));
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return (response.statusCode() == 200) ? response.body() : null;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
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
			request.header("Authorization", basic(user));
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
