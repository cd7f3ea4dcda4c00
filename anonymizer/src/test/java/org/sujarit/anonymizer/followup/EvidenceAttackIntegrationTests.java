package org.sujarit.anonymizer.followup;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.AnonymizerIntegrationTest;
import org.sujarit.anonymizer.evidence.AttackFiles;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.runtime.keys.SealingContext;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence files shaped to exhaust the anonymizer (issue 16), uploaded as an anonymous
 * whistleblower would: each must be refused (or scrubbed) while this JVM runs with the
 * build's 1 GiB heap, and the service must still handle the next report and follow-up.
 * Each test prints how long the file took and the heap's peak while it was handled.
 */
@SujaritIntegrationTest
@SpringBootTest(properties = "spring.config.name=anonymizer")
class EvidenceAttackIntegrationTests extends AnonymizerIntegrationTest {

	@Autowired
	private EventCodec codec;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MeterRegistry meters;

	@Test
	void wordFileOfFiveMillionElementsIsRefusedAndTheServiceStaysUp() throws Exception {
		assertRefused("many-elements", AttackFiles::manyElements);
	}

	@Test
	void wordFileNestedAMillionDeepIsRefusedAndTheServiceStaysUp() throws Exception {
		assertRefused("deep-nesting", AttackFiles::deepNesting);
	}

	@Test
	void wordFileOfTwentyThousandPartsIsRefusedAndTheServiceStaysUp() throws Exception {
		assertRefused("many-entries", AttackFiles::manyEntries);
	}

	@Test
	void wordFileWithAOneGigabytePartIsRefusedAndTheServiceStaysUp() throws Exception {
		assertRefused("huge-entry", AttackFiles::hugeEntry);
	}

	@Test
	void pdfWithAOneGigabyteObjectStreamIsRefusedAndTheServiceStaysUp() throws Exception {
		assertRefused("pdf-object-stream", AttackFiles::pdfWithHugeObjectStream);
	}

	@Test
	void wordFileCarryingOtherZipsLosesThemAndTheServiceStaysUp() throws Exception {
		FollowUpSanitized sanitized = attack("nested-zip", AttackFiles::nestedZip);
		assertThat(sanitized.evidence()).as("scrubbed copy").isNotNull();
		byte[] scrubbed = Base64.getDecoder().decode(sanitized.evidence().contentBase64());
		List<String> names = AttackFiles.entryNames(scrubbed);
		assertThat(names).contains("word/document.xml").noneMatch((name) -> name.contains("embeddings"));
		assertThat(AttackFiles.entriesStartingWithZip(scrubbed)).isEmpty();
		assertStillAnswers();
	}

	@Test
	void followUpTriedAsOftenAsAllowedIsRefusedWithoutOpeningTheFile() throws Exception {
		// three earlier deliveries took the process down before they finished
		String submissionId = report();
		String followUpId = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", submissionId + "/" + followUpId).append("submissionId", submissionId)
			.append("attempts", 3), EvidenceAttempts.COLLECTION);
		double refusedBefore = refusedCount("too-many-attempts");

		followUp(submissionId, followUpId, FollowUpKind.EVIDENCE, null, photo());

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId, Duration.ofSeconds(60));
		assertThat(sanitized.evidence()).isNull();
		assertThat(sanitized.message()).isEqualTo(FollowUps.REFUSED_NOTICE);
		assertThat(refusedCount("too-many-attempts")).isEqualTo(refusedBefore + 1);
		assertThat(attempts(submissionId, followUpId)).isEqualTo(4);
		assertStillAnswers();
	}

	@Test
	void followUpBelowTheBoundIsScrubbedAndItsAttemptCounted() throws Exception {
		String submissionId = report();
		String followUpId = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", submissionId + "/" + followUpId).append("submissionId", submissionId)
			.append("attempts", 2), EvidenceAttempts.COLLECTION);

		followUp(submissionId, followUpId, FollowUpKind.EVIDENCE, null, photo());

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId, Duration.ofSeconds(60));
		assertThat(sanitized.evidence()).isNotNull();
		assertThat(sanitized.evidence().contentType()).isEqualTo("image/png");
		assertThat(attempts(submissionId, followUpId)).isEqualTo(3);
	}

	private EvidenceFile photo() throws Exception {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return new EvidenceFile("photo.png", "image/png", Base64.getEncoder().encodeToString(png.toByteArray()));
	}

	private int attempts(String submissionId, String followUpId) {
		return this.mongo.findById(submissionId + "/" + followUpId, Document.class, EvidenceAttempts.COLLECTION)
			.getInteger("attempts");
	}

	private double refusedCount(String reason) {
		Counter counter = this.meters.find("sujarit.anonymizer.evidence.refused").tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private void assertRefused(String shape, Supplier<byte[]> file) throws Exception {
		FollowUpSanitized sanitized = attack(shape, file);
		assertThat(sanitized.evidence()).isNull();
		assertThat(sanitized.message()).isEqualTo(FollowUps.REFUSED_NOTICE);
		assertStillAnswers();
	}

	private FollowUpSanitized attack(String shape, Supplier<byte[]> file) throws Exception {
		byte[] content = file.get();
		String submissionId = report();
		EvidenceFile evidence = new EvidenceFile("evidence.bin", "application/octet-stream",
				Base64.getEncoder().encodeToString(content));
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		String followUpId = followUp(submissionId, UUID.randomUUID().toString(), FollowUpKind.EVIDENCE, null, evidence);
		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId, Duration.ofSeconds(120));
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("attack shape=%s upload_bytes=%d outcome=%s handled_ms=%d heap_peak_mib=%d max_heap_mib=%d%n",
				shape, content.length, (sanitized.evidence() != null) ? "scrubbed" : "refused", millis,
				peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		return sanitized;
	}

	// the next reporter is served: a new report and its follow-up come through
	private void assertStillAnswers() throws Exception {
		String submissionId = report();
		String followUpId = followUp(submissionId, UUID.randomUUID().toString(), FollowUpKind.MESSAGE,
				"ขอเพิ่มเติมว่ามีการนัดรับเงินอีกครั้ง", null);
		FollowUpSanitized message = awaitFollowUp(submissionId, followUpId, Duration.ofSeconds(60));
		assertThat(message.message()).contains("นัดรับเงิน");
	}

	private String report() throws Exception {
		String submissionId = "wb-" + UUID.randomUUID();
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SealedReport report = new SealedReport(submissionId, Category.BRIBERY,
				"นายพิชิต รุ่งเรือง เรียกรับเงิน 20,000 บาท",
				new Accused("นายพิชิต รุ่งเรือง", "เจ้าพนักงานพัสดุ", "กองคลัง"), null, received,
				received.plus(15, ChronoUnit.DAYS), ReporterDisclosure.ANONYMOUS, false);
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(report), SealingContext.report(submissionId));
		this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId,
				this.codec.encode(EventType.WHISTLEBLOWER_REPORT_SEALED, UUID.randomUUID().toString(), submissionId,
						Instant.now(),
						new WhistleblowerReportSealed(submissionId, Base64.getEncoder().encodeToString(ciphertext))));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> records(submissionId).stream()
				.anyMatch((r) -> this.codec.isOf(EventType.REPORT_SANITIZED, r.value())));
		return submissionId;
	}

	private String followUp(String submissionId, String followUpId, FollowUpKind kind, String message,
			EvidenceFile file) throws GeneralSecurityException {
		SealedFollowUp followUp = new SealedFollowUp(submissionId, followUpId, kind, message, null, file, false, null,
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(followUp), SealingContext.followUp(submissionId, followUpId));
		sendLarge(submissionId,
				this.codec.encode(EventType.FOLLOW_UP_SEALED, UUID.randomUUID().toString(), submissionId, Instant.now(),
						new FollowUpSealed(submissionId, followUpId, Base64.getEncoder().encodeToString(ciphertext))));
		return followUpId;
	}

	// the test kit's writer keeps Kafka's 1 MB default; evidence travels on a large topic
	private void sendLarge(String key, byte[] value) {
		Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.infrastructure.kafkaBootstrapServers(), ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
				Topics.LARGE_MESSAGE_BYTES, ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.WHISTLEBLOWER_SEALED, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not send the follow-up", ex);
		}
	}

	private FollowUpSanitized awaitFollowUp(String submissionId, String followUpId, Duration within) {
		List<TopicRecord> found = await().atMost(within)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> records(submissionId).stream()
				.filter((r) -> this.codec.isOf(EventType.FOLLOW_UP_SANITIZED, r.value()))
				.filter((r) -> followUpId
					.equals(this.codec.decode(EventType.FOLLOW_UP_SANITIZED, r.value()).data().followUpId()))
				.toList(), (list) -> !list.isEmpty());
		return this.codec.decode(EventType.FOLLOW_UP_SANITIZED, found.get(0).value()).data();
	}

	private List<TopicRecord> records(String submissionId) {
		return TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.REPORTS_SANITIZED)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.toList();
	}

}
