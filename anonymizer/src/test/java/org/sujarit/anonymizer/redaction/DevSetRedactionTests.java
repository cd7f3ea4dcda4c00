package org.sujarit.anonymizer.redaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.platform.events.Reporter;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the redactor over labelled report sets and applies the rules of
 * {@code tools/score_redaction.py} ({@link RedactionScore}): no record may leak a
 * {@code mustRedact} string (case-insensitive) or the reporter's phone, national ID or
 * e-mail once digits are canonicalised, and at least 99% of the {@code mustKeep} evidence
 * must survive. {@code whistleblower-reports.dev.jsonl} is a copy of
 * {@code ../shared/data}'s dev set, so the test runs on a clean clone;
 * {@code heldout.jsonl} uses phrasings and identifier shapes the dev set does not, to
 * catch overfitting.
 */
class DevSetRedactionTests {

	private final Redactor redactor = new Redactor();

	@ParameterizedTest
	@ValueSource(strings = { "whistleblower-reports.dev.jsonl", "heldout.jsonl" })
	void everyRecordIsLeakFreeAndEvidenceSurvives(String resource) {
		List<JsonNode> records = RedactionScore.readResource("/redaction/" + resource);
		assertThat(records).isNotEmpty();
		Map<String, String> sanitized = new LinkedHashMap<>();
		for (JsonNode record : records) {
			sanitized.put(record.get("id").asString(),
					this.redactor.redact(record.get("narrative").asString(), reporter(record.get("reporter"))));
		}
		RedactionScore score = RedactionScore.score(records, sanitized);
		// the leaks name the record and the kind, never the leaked value
		assertThat(score.leaks()).isEmpty();
		assertThat(score.leakFree()).isEqualTo(records.size());
		assertThat(score.evidenceKept()).isGreaterThanOrEqualTo(0.99);
	}

	static Reporter reporter(JsonNode node) {
		return new Reporter(text(node, "firstName"), text(node, "lastName"), text(node, "nationalId"),
				text(node, "phone"), text(node, "email"), text(node, "lineId"), text(node, "address"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
