package org.sujarit.anonymizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.anonymizer.redaction.RedactionScore;
import org.sujarit.anonymizer.vault.IdentitySealer;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.vault.SealedIdentity;
import org.sujarit.anonymizer.vault.VaultKey;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged {@code target/anonymizer.jar} as an operator would, in its own JVM:
 * the offline redaction over the dev set, and a vault key rotation against the store.
 */
@SujaritIntegrationTest
class AnonymizerJarIntegrationTests {

	private static final Path JAR = Path.of("target", "anonymizer.jar");

	@TempDir
	Path dir;

	@Test
	void redactsTheDevSetOfflineLeakFreeKeepingTheEvidence() throws Exception {
		Path input = this.dir.resolve("dev.jsonl");
		try (InputStream in = getClass().getResourceAsStream("/redaction/whistleblower-reports.dev.jsonl")) {
			Files.copy(in, input);
		}
		Path output = this.dir.resolve("out.jsonl");

		// no broker or store settings at all: the command needs neither
		Run run = java("redact", input.toString(), output.toString());

		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out())
			.matches("redacted records=300 redact_ms=[0-9.]+ per_report_ms=[0-9.]+ total_ms=[0-9.]+\\n");
		List<JsonNode> dataset = RedactionScore.readFile(input);
		Map<String, String> sanitized = new LinkedHashMap<>();
		for (JsonNode result : RedactionScore.readFile(output)) {
			assertThat(result.propertyNames()).containsExactly("id", "narrative");
			sanitized.put(result.get("id").asString(), result.get("narrative").asString());
		}
		RedactionScore score = RedactionScore.score(dataset, sanitized);
		assertThat(score.leaks()).isEmpty();
		assertThat(score.leakFree()).isEqualTo(300);
		assertThat(score.evidenceKept()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void badArgumentsAndBadInputExitNonZeroWithAMessage() throws Exception {
		Run usage = java("redact", "only-one.jsonl");
		assertThat(usage.exit()).isEqualTo(2);
		assertThat(usage.err()).contains("error: redact takes an input and an output file", "usage:");

		Path input = this.dir.resolve("bad.jsonl");
		Files.writeString(input, "{\"id\":\"1\",\"narrative\":\"ok\"}\nnot json\n");
		Run bad = java("redact", input.toString(), this.dir.resolve("out.jsonl").toString());
		assertThat(bad.exit()).isEqualTo(1);
		assertThat(bad.err()).contains("error: line 2: not valid JSON; nothing written");
		assertThat(this.dir.resolve("out.jsonl")).doesNotExist();
	}

	@Test
	void rotatesTheVaultKeyAndResealsTheVault(Infrastructure infrastructure) throws Exception {
		Path keys = this.dir.resolve("keys");
		Keysets.ensureDevelopmentKeysets(keys);
		Path keyset = keys.resolve(Keysets.VAULT);
		EventCodec codec = new EventCodec("/sujarit/test");
		Reporter reporter = new Reporter("สมหญิง", "วงศ์สวัสดิ์", "1033076661939", "0619161461", "toon4430@yahoo.co.th",
				"toon4430_th", "171/1 หมู่ 7");
		String database = "jar-reseal-" + UUID.randomUUID();
		try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
			MongoTemplate mongo = new MongoTemplate(client, database);
			VaultKey old = VaultKey.load(keyset);
			for (String id : List.of("wb-1", "wb-2")) {
				SealedIdentity sealed = new IdentitySealer(old, codec).seal(id, reporter);
				mongo.insert(new Document("_id", id).append("pseudonym", "Quiet Heron 27")
					.append("identitySealed", true)
					.append("sealedIdentity", sealed.ciphertext())
					.append("keyId", sealed.keyId())
					.append("sealedAt", new Date()), IdentityVault.COLLECTION);
			}

			Run rotate = java("rotate-vault-key", "--keys", keys.toString());
			assertThat(rotate.exit()).as(rotate.err()).isZero();
			long primary = VaultKey.load(keyset).keyId();
			assertThat(primary).isNotEqualTo(old.keyId());
			assertThat(rotate.out()).contains("new primary key " + primary, "restart the anonymizer");

			Run reseal = java("reseal-vault", "--disable-old-keys", "--spring.mongodb.uri=" + infrastructure.mongoUri(),
					"--spring.mongodb.database=" + database, "--sujarit.anonymizer.vault-keyset=" + keyset);
			assertThat(reseal.exit()).as(reseal.err()).isZero();
			assertThat(reseal.out()).contains("with a sealed identity: 2; resealed under key " + primary + ": 2;")
				.contains("Disabled older keys [" + old.keyId() + "]");
			for (String value : List.of(reporter.firstName(), reporter.lastName(), reporter.nationalId(),
					reporter.phone(), reporter.email(), reporter.lineId(), reporter.address())) {
				assertThat(reseal.out() + reseal.err()).doesNotContain(value);
			}

			VaultKey current = VaultKey.load(keyset);
			for (Document entry : mongo.findAll(Document.class, IdentityVault.COLLECTION)) {
				assertThat(entry.getLong("keyId")).isEqualTo(primary);
				byte[] plaintext = current.aead()
					.decrypt(java.util.Base64.getDecoder().decode(entry.getString("sealedIdentity")),
							entry.getString("_id").getBytes(StandardCharsets.UTF_8));
				assertThat(codec.fromJson(plaintext, Reporter.class)).isEqualTo(reporter);
			}
			mongo.getDb().drop();
		}
	}

	private Run java(String... args) throws IOException, InterruptedException {
		assertThat(JAR).as("run after package: target/anonymizer.jar").exists();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
						JAR.toString()));
		command.addAll(List.of(args));
		Path out = this.dir.resolve("stdout-" + UUID.randomUUID());
		Path err = this.dir.resolve("stderr-" + UUID.randomUUID());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("anonymizer.jar " + args[0] + " did not finish in 120 s");
		}
		System.out.printf("anonymizer.jar %s: exit %d after %d ms%n", args[0], process.exitValue(),
				(System.nanoTime() - started) / 1_000_000);
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out, String err) {
	}

}
