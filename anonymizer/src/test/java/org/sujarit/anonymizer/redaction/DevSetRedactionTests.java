package org.sujarit.anonymizer.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.platform.events.Reporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the redactor over labelled report sets and applies the rules of
 * {@code tools/score_redaction.py}: no record may leak a {@code mustRedact} string
 * (case-insensitive) or the reporter's phone, national ID or e-mail once digits are
 * canonicalised, and at least 99% of the {@code mustKeep} evidence must survive.
 * {@code heldout.jsonl} uses phrasings the dev set does not, to catch overfitting.
 */
class DevSetRedactionTests {

	private static final Pattern SEPARATORS_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\s\\-.]+(?=\\d)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final Redactor redactor = new Redactor();

	@ParameterizedTest
	@ValueSource(strings = { "whistleblower-reports.dev.jsonl", "heldout.jsonl" })
	void everyRecordIsLeakFreeAndEvidenceSurvives(String resource) throws IOException {
		List<JsonNode> records = read("/redaction/" + resource);
		assertThat(records).isNotEmpty();
		List<String> leaks = new ArrayList<>();
		int kept = 0;
		int evidence = 0;
		for (JsonNode record : records) {
			JsonNode reporter = record.get("reporter");
			String sanitized = this.redactor.redact(record.get("narrative").asString(), reporter(reporter));
			String lower = sanitized.toLowerCase(Locale.ROOT);
			String canonical = canonical(sanitized);
			String id = record.get("id").asString();
			// report which kind leaked, never the leaked value itself
			for (JsonNode surface : record.get("mustRedact")) {
				if (lower.contains(surface.asString().toLowerCase(Locale.ROOT))) {
					leaks.add(id + ": surface");
				}
			}
			for (String field : List.of("phone", "nationalId")) {
				if (canonical.contains(reporter.get(field).asString())) {
					leaks.add(id + ": " + field);
				}
			}
			if (canonical.contains(reporter.get("email").asString().toLowerCase(Locale.ROOT))) {
				leaks.add(id + ": email");
			}
			for (JsonNode keep : record.get("mustKeep")) {
				evidence++;
				kept += sanitized.contains(keep.asString()) ? 1 : 0;
			}
		}
		assertThat(leaks).isEmpty();
		assertThat((double) kept / evidence).isGreaterThanOrEqualTo(0.99);
	}

	/**
	 * The scorer's {@code canon}: Thai digits to Arabic, {@code +66} to {@code 0}, no
	 * spaces, dashes or dots between digits, lower case.
	 */
	static String canonical(String text) {
		StringBuilder mapped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			mapped.append((c >= '๐' && c <= '๙') ? (char) ('0' + (c - '๐')) : c);
		}
		String replaced = mapped.toString().replace("+66", "0");
		return SEPARATORS_BETWEEN_DIGITS.matcher(replaced).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static Reporter reporter(JsonNode node) {
		return new Reporter(text(node, "firstName"), text(node, "lastName"), text(node, "nationalId"),
				text(node, "phone"), text(node, "email"), text(node, "lineId"), text(node, "address"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static List<JsonNode> read(String resource) throws IOException {
		JsonMapper json = JsonMapper.shared();
		List<JsonNode> records = new ArrayList<>();
		try (InputStream in = DevSetRedactionTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					records.add(json.readTree(line));
				}
			}
		}
		return records;
	}

}
