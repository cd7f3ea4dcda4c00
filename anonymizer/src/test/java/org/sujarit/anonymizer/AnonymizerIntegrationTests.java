package org.sujarit.anonymizer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(properties = "spring.config.name=anonymizer")
class AnonymizerIntegrationTests extends AnonymizerIntegrationTest {

	private static final String DEAD_LETTERS = Topics.WHISTLEBLOWER_SEALED + ".dlt";

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	@Autowired
	private EventCodec codec;

	@Autowired
	private MongoTemplate mongo;

	@Value("${spring.mongodb.database}")
	private String database;

	@Test
	void reportReachesCaseTrackingRedactedWhileTheIdentityStaysSealedInTheVault() throws Exception {
		String submissionId = "wb-" + UUID.randomUUID();
		Reporter reporter = new Reporter("สมหญิง", "วงศ์สวัสดิ์", "1033076661939", "0619161461", "toon4430@yahoo.co.th",
				"toon4430_th", "171/1 หมู่ 7");
		String narrative = "ดิฉัน นางสมหญิง วงศ์สวัสดิ์ อยู่บ้านเลขที่ 171/1 หมู่ 7 ขอร้องเรียนว่า นายพิชิต รุ่งเรือง "
				+ "เจ้าพนักงานพัสดุ กองคลัง เรียกรับเงิน 105,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้างให้ "
				+ "ติดต่อทางไลน์ไอดี @toon4430_th หรือโทร 0619161461 อีเมล toon4430@yahoo.co.th ได้ตลอดเวลา";
		try (LogCapture logs = new LogCapture().start()) {
			publish(sealed(report(submissionId, narrative, reporter)));

			ReportSanitized sanitized = awaitSanitized(submissionId);
			assertThat(sanitized.pseudonym()).matches("[A-Z][a-z]+ [A-Z][a-z]+ [0-9]{2}");
			assertThat(sanitized.identitySealed()).isTrue();
			assertThat(sanitized.category()).isEqualTo(Category.BRIBERY);
			assertThat(sanitized.accused()).isEqualTo(accused());
			assertThat(sanitized.narrative()).contains("พิชิต รุ่งเรือง", "กองคลัง", "105,000");
			for (String value : values(reporter)) {
				assertThat(sanitized.narrative()).doesNotContain(value);
			}

			for (String document : readable(MongoDump.dumpDatabase(this.infrastructure.mongoUri(), this.database))) {
				for (String value : values(reporter)) {
					assertThat(document).doesNotContain(value);
				}
			}
			for (Map.Entry<String, List<TopicRecord>> topic : TopicReader
				.readAllTopics(this.infrastructure.kafkaBootstrapServers())
				.entrySet()) {
				for (String value : values(reporter)) {
					assertThat(topic.getValue()).as(topic.getKey()).noneMatch((record) -> record.contains(value));
				}
			}
			for (String value : values(reporter)) {
				assertThat(logs.lines()).noneMatch((line) -> line.contains(value));
			}
		}

		Document vault = this.mongo.findById(submissionId, Document.class, IdentityVault.COLLECTION);
		assertThat(vault).isNotNull();
		assertThat(vault.getBoolean("identitySealed")).isTrue();
		assertThat(vault.getString("pseudonym")).isEqualTo(awaitSanitized(submissionId).pseudonym());
		assertThat(openIdentity(vault.getString("sealedIdentity"), submissionId)).isEqualTo(reporter);
		assertThat(vault).containsKeys("keyId", "receivedAt", "sealedAt").doesNotContainKey("narrative");
	}

	@Test
	void redeliveredReportIsNotSanitizedTwice() throws Exception {
		String submissionId = "wb-" + UUID.randomUUID();
		byte[] event = sealed(report(submissionId, "นายพิชิต รุ่งเรือง เรียกรับเงิน 20,000 บาท โทรหาผม 0812345678",
				new Reporter("มานะ", "ใจดี", null, "0812345678", null, null, null)));
		publish(event);
		String pseudonym = awaitSanitized(submissionId).pseudonym();

		RecordMetadata again = publish(event);
		awaitConsumed(again);

		assertThat(sanitizedRecords(submissionId)).hasSize(1);
		Document vault = this.mongo.findById(submissionId, Document.class, IdentityVault.COLLECTION);
		assertThat(vault.getString("pseudonym")).isEqualTo(pseudonym);
	}

	@Test
	void anonymousReportLeavesNoIdentityInTheVault() throws Exception {
		String submissionId = "wb-" + UUID.randomUUID();
		publish(sealed(report(submissionId, "นายพิชิต รุ่งเรือง รับของขวัญมูลค่า 8,000 บาท จากผู้รับเหมา", null)));

		ReportSanitized sanitized = awaitSanitized(submissionId);
		assertThat(sanitized.identitySealed()).isFalse();
		assertThat(sanitized.pseudonym()).isNotBlank();
		assertThat(sanitized.narrative()).contains("พิชิต รุ่งเรือง", "8,000");
		Document vault = this.mongo.findById(submissionId, Document.class, IdentityVault.COLLECTION);
		assertThat(vault.getBoolean("identitySealed")).isFalse();
		assertThat(vault).doesNotContainKeys("sealedIdentity", "keyId");
	}

	@Test
	void reportThatDoesNotOpenIsDeadLetteredAndTheNextReportIsHandled() throws Exception {
		String unopenable = "wb-" + UUID.randomUUID();
		byte[] garbage = new byte[120];
		new SecureRandom().nextBytes(garbage);
		byte[] bad = this.codec.encode(EventType.WHISTLEBLOWER_REPORT_SEALED, UUID.randomUUID().toString(), unopenable,
				Instant.now(), new WhistleblowerReportSealed(unopenable, Base64.getEncoder().encodeToString(garbage)));
		String next = "wb-" + UUID.randomUUID();
		// same partition, behind the bad one: only handled if the bad one does not block
		RecordMetadata badRecord = publish(bad, 0);
		publish(sealed(report(next, "นายพิชิต รุ่งเรือง เรียกรับเงิน 3,000 บาท", null)), 0);

		assertThat(awaitSanitized(next).submissionId()).isEqualTo(next);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> deadLetters(unopenable), (records) -> records.size() == 1);
		TopicRecord deadLetter = deadLetters(unopenable).get(0);
		assertThat(deadLetter.value()).isEqualTo(bad);
		assertThat(deadLetter.contains(UnreadableEventException.class.getName())).isTrue();
		assertThat(badRecord.partition()).isZero();
		assertThat(sanitizedRecords(unopenable)).isEmpty();
		assertThat(this.mongo.findById(unopenable, Document.class, IdentityVault.COLLECTION)).isNull();
	}

	private SealedReport report(String submissionId, String narrative, Reporter reporter) {
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new SealedReport(submissionId, Category.BRIBERY, narrative, accused(), reporter, received,
				received.plus(15, ChronoUnit.DAYS));
	}

	private static Accused accused() {
		return new Accused("นายพิชิต รุ่งเรือง", "เจ้าพนักงานพัสดุ", "กองคลัง");
	}

	// what intake does: seal the report's JSON for the anonymizer, bound to the
	// submission id
	private byte[] sealed(SealedReport report) throws GeneralSecurityException {
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(report), report.submissionId().getBytes(StandardCharsets.UTF_8));
		return this.codec.encode(EventType.WHISTLEBLOWER_REPORT_SEALED, UUID.randomUUID().toString(),
				report.submissionId(), Instant.now(),
				new WhistleblowerReportSealed(report.submissionId(), Base64.getEncoder().encodeToString(ciphertext)));
	}

	private RecordMetadata publish(byte[] event) throws Exception {
		String key = this.codec.decode(EventType.WHISTLEBLOWER_REPORT_SEALED, event).subject();
		return this.topics.send(Topics.WHISTLEBLOWER_SEALED, key, event);
	}

	private RecordMetadata publish(byte[] event, int partition) throws Exception {
		String key = this.codec.decode(EventType.WHISTLEBLOWER_REPORT_SEALED, event).subject();
		return this.topics.send(Topics.WHISTLEBLOWER_SEALED, partition, key, event);
	}

	private ReportSanitized awaitSanitized(String submissionId) {
		List<TopicRecord> records = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> sanitizedRecords(submissionId), (found) -> !found.isEmpty());
		return this.codec.decode(EventType.REPORT_SANITIZED, records.get(0).value()).data();
	}

	private List<TopicRecord> sanitizedRecords(String submissionId) {
		return TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.REPORTS_SANITIZED)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.toList();
	}

	private List<TopicRecord> deadLetters(String submissionId) {
		return TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), DEAD_LETTERS)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.toList();
	}

	// the listener commits a record's offset only after handling it
	private void awaitConsumed(RecordMetadata record) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "anonymizer",
					List.of(record.topic())));
	}

	private Reporter openIdentity(String sealedIdentity, String submissionId) throws GeneralSecurityException {
		byte[] plaintext = Keysets.vault(keys.resolve(Keysets.VAULT))
			.decrypt(Base64.getDecoder().decode(sealedIdentity), submissionId.getBytes(StandardCharsets.UTF_8));
		return this.codec.fromJson(plaintext, Reporter.class);
	}

	private static List<String> values(Reporter reporter) {
		return Stream
			.of(reporter.firstName(), reporter.lastName(), reporter.nationalId(), reporter.phone(), reporter.email(),
					reporter.lineId(), reporter.address())
			.filter((value) -> value != null)
			.toList();
	}

	// Document.toJson escapes Thai vowel and tone marks as \\uXXXX: undo that, or a Thai
	// name stored in clear would not be found
	private static List<String> readable(List<String> documents) {
		return documents.stream().map((json) -> {
			Matcher matcher = UNICODE_ESCAPE.matcher(json);
			StringBuilder text = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(text,
						Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
			}
			return matcher.appendTail(text).toString();
		}).toList();
	}

}
