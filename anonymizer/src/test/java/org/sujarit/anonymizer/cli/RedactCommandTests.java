package org.sujarit.anonymizer.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.anonymizer.redaction.RedactionScore;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.platform.events.Reporter;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code redact} command through the same entry point as
 * {@code java -jar anonymizer.jar redact IN OUT} (the jar itself is run by
 * {@code AnonymizerJarIntegrationTests}).
 */
class RedactCommandTests {

	private static final String CANARY = "ขวัญใจ-canary-4711";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "whistleblower-reports.dev.jsonl", "heldout.jsonl" })
	void labelledSetComesOutLeakFreeWithItsEvidence(String resource) throws IOException {
		Path input = copy("/redaction/" + resource);
		Path output = this.dir.resolve("out.jsonl");

		assertThat(run("redact", input.toString(), output.toString())).isZero();

		List<JsonNode> dataset = RedactionScore.readFile(input);
		List<JsonNode> results = RedactionScore.readFile(output);
		assertThat(results).hasSameSizeAs(dataset);
		Map<String, String> sanitized = new LinkedHashMap<>();
		for (int i = 0; i < results.size(); i++) {
			JsonNode result = results.get(i);
			// one {id, narrative} line per input line, in the same order
			assertThat(result.propertyNames()).containsExactly("id", "narrative");
			assertThat(result.get("id").asString()).isEqualTo(dataset.get(i).get("id").asString());
			sanitized.put(result.get("id").asString(), result.get("narrative").asString());
		}
		RedactionScore score = RedactionScore.score(dataset, sanitized);
		assertThat(score.leaks()).isEmpty();
		assertThat(score.leakFree()).isEqualTo(dataset.size());
		assertThat(score.evidenceKept()).isGreaterThanOrEqualTo(0.99);
		assertThat(stdout()).matches(
				"redacted records=" + dataset.size() + " redact_ms=[0-9.]+ per_report_ms=[0-9.]+ total_ms=[0-9.]+\\n");
	}

	@Test
	void writesWhatTheServicesRedactorWrites() throws IOException {
		Path input = copy("/redaction/heldout.jsonl");
		Path output = this.dir.resolve("out.jsonl");
		assertThat(run("redact", input.toString(), output.toString())).isZero();
		Redactor redactor = new Redactor();
		List<JsonNode> dataset = RedactionScore.readFile(input);
		List<JsonNode> results = RedactionScore.readFile(output);
		for (int i = 0; i < dataset.size(); i++) {
			JsonNode record = dataset.get(i);
			JsonNode reporter = record.get("reporter");
			String expected = redactor.redact(record.get("narrative").asString(),
					new Reporter(reporter.get("firstName").asString(), reporter.get("lastName").asString(),
							reporter.get("nationalId").asString(), reporter.get("phone").asString(),
							reporter.get("email").asString(), reporter.get("lineId").asString(),
							reporter.get("address").asString()));
			assertThat(results.get(i).get("narrative").asString()).isEqualTo(expected);
		}
	}

	@Test
	void anonymousAndPartialReportersAndNullNarratives() throws IOException {
		Path input = write(
				"""
						{"id": "a", "narrative": "เลขบัตรพยาน 1-1017-00203-45-0 โทร 0812345678"}
						{"id": "b", "reporter": null, "narrative": "ไม่มีข้อมูล"}

						{"id": 7, "reporter": {"firstName": "สมชาย", "nationalId": 3101200045673}, "narrative": "ผมสมชาย เลข 3101200045673"}
						{"id": "d", "reporter": {"phone": "0812345678"}, "narrative": null}
						""");
		Path output = this.dir.resolve("out.jsonl");
		assertThat(run("redact", input.toString(), output.toString())).isZero();
		assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).containsExactly(
				"{\"id\":\"a\",\"narrative\":\"เลขบัตรพยาน [เลขบัตรประชาชน] โทร 0812345678\"}",
				"{\"id\":\"b\",\"narrative\":\"ไม่มีข้อมูล\"}",
				"{\"id\":7,\"narrative\":\"ผม[ผู้แจ้ง] เลข [เลขบัตรประชาชน]\"}", "{\"id\":\"d\",\"narrative\":null}");
	}

	@Test
	void accusedGivenWithTheRecordKeepsTheNameTheyShareWithTheReporter() throws IOException {
		Path input = write(
				"""
						{"id": "e", "reporter": {"firstName": "สมชาย", "lastName": "ใจดี"}, "accused": {"name": "สมชาย มั่งมี"}, "narrative": "สมชาย มั่งมี เก็บเงิน ผมสมชายเห็น"}
						""");
		Path output = this.dir.resolve("out.jsonl");
		assertThat(run("redact", input.toString(), output.toString())).isZero();
		assertThat(Files.readAllLines(output, StandardCharsets.UTF_8))
			.containsExactly("{\"id\":\"e\",\"narrative\":\"สมชาย มั่งมี เก็บเงิน ผม[ผู้แจ้ง]เห็น\"}");
	}

	@Test
	void readsStandardInputAndWritesStandardOutput() {
		InputStream stdin = System.in;
		try {
			System.setIn(new ByteArrayInputStream(
					"{\"id\":\"x\",\"reporter\":{\"phone\":\"081-234-5678\"},\"narrative\":\"โทร ๐๘๑ ๒๓๔ ๕๖๗๘\"}\n"
						.getBytes(StandardCharsets.UTF_8)));
			assertThat(run("redact", "-", "-")).isZero();
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(stdout()).isEqualTo("{\"id\":\"x\",\"narrative\":\"โทร [โทรศัพท์]\"}\n");
		assertThat(stderr()).startsWith("redacted records=1 ");
	}

	@Test
	void wrongArgumentsExitWithUsage() {
		assertThat(run("redact", "only-one.jsonl")).isEqualTo(AnonymizerCommands.USAGE);
		assertThat(stderr()).contains("error: redact takes an input and an output file", "usage:");
		assertThat(run("redcat", "a", "b")).isEqualTo(AnonymizerCommands.USAGE);
		assertThat(stderr()).contains("unknown command 'redcat'");
		assertThat(run()).isEqualTo(AnonymizerCommands.USAGE);
	}

	@Test
	void missingInputFails() {
		assertThat(run("redact", this.dir.resolve("nope.jsonl").toString(), this.dir.resolve("out.jsonl").toString()))
			.isEqualTo(AnonymizerCommands.FAILED);
		assertThat(stderr()).contains("does not exist");
		assertThat(this.dir.resolve("out.jsonl")).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"2\",\"narrative\":\"" + CANARY + "\"", "[\"" + CANARY + "\"]",
			"{\"narrative\":\"" + CANARY + "\"}", "{\"id\":\"2\"}", "{\"id\":\"2\",\"narrative\":[\"" + CANARY + "\"]}",
			"{\"id\":\"2\",\"reporter\":\"" + CANARY + "\",\"narrative\":\"x\"}",
			"{\"id\":\"2\",\"reporter\":{\"email\":[\"" + CANARY + "\"]},\"narrative\":\"x\"}" })
	void badLineFailsNamingTheLineButNotItsContentAndWritesNothing(String badLine) throws IOException {
		Path input = write("{\"id\":\"1\",\"narrative\":\"ok\"}\n" + badLine + "\n");
		Path output = this.dir.resolve("out.jsonl");
		assertThat(run("redact", input.toString(), output.toString())).isEqualTo(AnonymizerCommands.FAILED);
		assertThat(stderr()).startsWith("error: line 2: ").contains("nothing written").doesNotContain(CANARY);
		assertThat(output).doesNotExist();
		try (var files = Files.list(this.dir)) {
			assertThat(files).containsExactly(input);
		}
	}

	@Test
	void invalidUtf8Fails() throws IOException {
		Path input = this.dir.resolve("in.jsonl");
		Files.write(input, new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n' });
		assertThat(run("redact", input.toString(), this.dir.resolve("out.jsonl").toString()))
			.isEqualTo(AnonymizerCommands.FAILED);
		assertThat(stderr()).contains("line 1: not UTF-8 text");
	}

	@Test
	void outputMustNotReplaceTheInput() throws IOException {
		Path input = write("{\"id\":\"1\",\"narrative\":\"ok\"}\n");
		assertThat(run("redact", input.toString(), input.toString())).isEqualTo(AnonymizerCommands.FAILED);
		assertThat(Files.readString(input)).isEqualTo("{\"id\":\"1\",\"narrative\":\"ok\"}\n");
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return new AnonymizerCommands(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private Path copy(String resource) throws IOException {
		Path file = this.dir.resolve(Path.of(resource).getFileName().toString());
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Files.copy(in, file);
		}
		return file;
	}

	private Path write(String content) throws IOException {
		Path file = this.dir.resolve("in.jsonl");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
