package org.sujarit.cases.console;

import java.util.List;
import java.util.Map;

import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The anonymizer's disclosure API, called with the signed-in user's own access token
 * (token relay): the anonymizer decides who may ask, decide and read, as it does for any
 * other client. Its refusals come back as the problems it answered, so the page shows its
 * message in the user's language.
 */
class AnonymizerClient {

	private final RestClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	AnonymizerClient(ConsoleProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
		requests.setReadTimeout(java.time.Duration.ofSeconds(15));
		this.http = RestClient.builder().baseUrl(properties.anonymizerUrl()).requestFactory(requests).build();
	}

	JsonNode request(OAuth2AuthorizedClient client, String caseId, String reason) {
		return exchange(client, "POST", "/api/v1/disclosures", Map.of("caseId", caseId, "reason", reason));
	}

	JsonNode pending(OAuth2AuthorizedClient client) {
		return exchange(client, "GET", "/api/v1/disclosures?state=PENDING", null);
	}

	JsonNode decide(OAuth2AuthorizedClient client, String requestId, boolean approve, String reason,
			boolean withholdNotice, String legalBasis) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("approve", approve);
		body.put("reason", reason);
		body.put("withholdNotice", withholdNotice);
		body.put("legalBasis", legalBasis);
		return exchange(client, "POST", "/api/v1/disclosures/" + requestId + "/decision", body);
	}

	JsonNode identity(OAuth2AuthorizedClient client, String requestId) {
		return exchange(client, "GET", "/api/v1/disclosures/" + requestId + "/identity", null);
	}

	private JsonNode exchange(OAuth2AuthorizedClient client, String method, String path, Object body) {
		RestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(client.getAccessToken().getTokenValue()))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		try {
			return request.exchange((req, response) -> {
				String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				JsonNode node = text.isBlank() ? this.json.createObjectNode() : this.json.readTree(text);
				if (response.getStatusCode().isError()) {
					throw problem(response.getStatusCode().value(), node);
				}
				return node;
			});
		}
		catch (RestClientException ex) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "anonymizer-unavailable",
					"The anonymizer cannot be reached; try again later",
					"ติดต่อระบบปกปิดตัวตนไม่ได้ กรุณาลองใหม่ภายหลัง", List.of());
		}
	}

	private static ProblemException problem(int status, JsonNode problem) {
		String detail = problem.path("detail").asString("The anonymizer refused the request");
		String detailTh = problem.path("detailTh").asString("ระบบปกปิดตัวตนปฏิเสธคำขอ");
		List<FieldError> errors = new java.util.ArrayList<>();
		for (JsonNode error : problem.path("errors")) {
			errors.add(new FieldError(error.path("field").asString(""), error.path("rule").asString(""),
					error.path("message").asString(""), error.path("messageTh").asString("")));
		}
		String type = problem.path("type").asString("");
		String code = type.startsWith("urn:sujarit:problem:") ? type.substring("urn:sujarit:problem:".length())
				: "anonymizer";
		return new ProblemException(HttpStatus.valueOf(status), code, detail, detailTh, errors);
	}

}
