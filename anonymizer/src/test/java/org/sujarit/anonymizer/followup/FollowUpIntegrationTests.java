package org.sujarit.anonymizer.followup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.vault.Custody;
import org.sujarit.anonymizer.vault.EvidenceVault;
import org.sujarit.anonymizer.vault.IdentitySealer;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.AnonymizerIntegrationTest;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.runtime.keys.SealingContext;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(properties = "spring.config.name=anonymizer")
class FollowUpIntegrationTests extends AnonymizerIntegrationTest {

	private static final Reporter REPORTER = new Reporter("ปราณี", "ศรีสุข", "1101700230703", "0898765432",
			"pranee.s@example.co.th", "pranee_line", "88/9 หมู่ 3");

	// the photo's owner as its EXIF names them
	private static final String OWNER = "Pranee Srisuk";

	@Autowired
	private EventCodec codec;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private IdentitySealer sealer;

	@Autowired
	private EvidenceVault evidenceVault;

	@Test
	void messageIsRedactedWithTheIdentitySealedForTheReport() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.CONFIDENTIAL, false);
		String message = "คุณปราณี ศรีสุข ขอเพิ่มเติมว่า นายพิชิต รุ่งเรือง นัดรับเงินอีก 50,000 บาท ติดต่อกลับ 089-876-5432";
		try (LogCapture logs = new LogCapture().start()) {
			String followUpId = followUp(submissionId, FollowUpKind.MESSAGE, message, null, null, false);

			FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId);
			assertThat(sanitized.kind()).isEqualTo(FollowUpKind.MESSAGE);
			assertThat(sanitized.message()).contains("พิชิต รุ่งเรือง", "50,000")
				.doesNotContain("ปราณี", "ศรีสุข", "089-876-5432");
			assertThat(sanitized.identitySealed()).isTrue();
			assertThat(sanitized.pseudonym()).isEqualTo(pseudonym(submissionId));
			assertThat(logs.lines()).noneMatch((line) -> line.contains("ปราณี") || line.contains("0898765432"));
		}
	}

	@Test
	void anonymousReportersMessageLosesEveryIdPhoneAndEmail() throws Exception {
		String submissionId = report(null, ReporterDisclosure.ANONYMOUS, false);
		String message = "ขอแจ้งเพิ่ม นายพิชิต รุ่งเรือง รับเงิน 30,000 บาท ติดต่อ 0898765432 หรือ anon.reporter@mail.com "
				+ "บัตร 1101700230708";
		String followUpId = followUp(submissionId, FollowUpKind.MESSAGE, message, null, null, false);

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId);
		assertThat(sanitized.identitySealed()).isFalse();
		assertThat(sanitized.message()).contains("พิชิต รุ่งเรือง", "30,000")
			.doesNotContain("0898765432", "anon.reporter@mail.com", "1101700230708");
	}

	@Test
	void anonymousReportKeepsNothingEvenWhenTheIdentityWasTypedIn() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.ANONYMOUS, true);
		Document vault = this.mongo.findById(submissionId, Document.class, IdentityVault.COLLECTION);
		assertThat(vault.getBoolean("identitySealed")).isFalse();
		assertThat(vault).doesNotContainKeys("sealedIdentity", "keyId");
		assertThat(vault.getString("disclosure")).isEqualTo("ANONYMOUS");
	}

	@Test
	void identityAddedLaterIsSealedAndKeepsThePingChoice() throws Exception {
		String submissionId = report(null, ReporterDisclosure.ANONYMOUS, false);
		String followUpId = followUp(submissionId, FollowUpKind.IDENTITY_ADDED, null, REPORTER, null, false);

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId);
		assertThat(sanitized.identitySealed()).isTrue();
		assertThat(sanitized.message()).isNull();
		assertThat(custody(submissionId)).isEqualTo(new Custody(REPORTER, false));

		String pingsId = followUp(submissionId, FollowUpKind.PINGS, null, null, null, true);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> vaultDocument(submissionId).getList("followUps", String.class).contains(pingsId));
		assertThat(custody(submissionId)).isEqualTo(new Custody(REPORTER, true));
		// the ping choice is sealed, not in clear, and owes case-tracking nothing
		assertThat(vaultDocument(submissionId).toJson()).doesNotContain("updatePings");
		assertThat(followUpRecords(submissionId, pingsId)).isEmpty();
	}

	@Test
	void evidenceOriginalIsSealedInTheVaultAndAScrubbedCopyPassedOn() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.CONFIDENTIAL, false);
		byte[] original = phonePhoto();
		EvidenceFile file = new EvidenceFile("IMG_ปราณี_0001.jpg", "image/jpeg",
				Base64.getEncoder().encodeToString(original));
		String followUpId = followUp(submissionId, FollowUpKind.EVIDENCE, null, null, file, false);

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId);
		assertThat(sanitized.kind()).isEqualTo(FollowUpKind.EVIDENCE);
		assertThat(sanitized.evidence()).isNotNull();
		assertThat(sanitized.evidence().fileName()).startsWith("evidence-").endsWith(".jpg").doesNotContain("ปราณี");
		assertThat(sanitized.evidence().contentType()).isEqualTo("image/jpeg");
		byte[] scrubbed = Base64.getDecoder().decode(sanitized.evidence().contentBase64());
		assertThat(new String(scrubbed, StandardCharsets.ISO_8859_1)).doesNotContain(OWNER, "GPS");
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(OWNER);
		assertThat(Imaging.getMetadata(scrubbed)).satisfiesAnyOf((metadata) -> assertThat(metadata).isNull(),
				(metadata) -> assertThat(((JpegImageMetadata) metadata).getExif() == null
						|| ((JpegImageMetadata) metadata).getExif().getGpsInfo() == null)
					.isTrue());
		assertThat(sanitized.evidence().sizeBytes()).isEqualTo(scrubbed.length);

		assertThat(this.evidenceVault.open(submissionId, followUpId)).isEqualTo(file);
		assertThat(this.evidenceVault.handled(submissionId, followUpId)).isTrue();
		Document sealed = this.mongo.findById(submissionId + "/" + followUpId, Document.class,
				EvidenceVault.COLLECTION);
		assertThat(sealed.toJson()).doesNotContain("IMG_", OWNER, Base64.getEncoder().encodeToString(original));
	}

	@Test
	void refusedEvidenceIsKeptSealedAndStaffAreToldItWasRefused() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.CONFIDENTIAL, false);
		EvidenceFile file = new EvidenceFile("macro.exe", "application/octet-stream",
				Base64.getEncoder().encodeToString("MZ-not-a-document".getBytes(StandardCharsets.UTF_8)));
		String followUpId = followUp(submissionId, FollowUpKind.EVIDENCE, null, null, file, false);

		FollowUpSanitized sanitized = awaitFollowUp(submissionId, followUpId);
		assertThat(sanitized.evidence()).isNull();
		assertThat(sanitized.message()).isEqualTo(FollowUps.REFUSED_NOTICE);
		assertThat(this.evidenceVault.open(submissionId, followUpId)).isEqualTo(file);
	}

	@Test
	void reclassifiedComplaintGetsAVaultEntryAPseudonymAndRedactedText() throws Exception {
		String caseId = "C-" + UUID.randomUUID();
		Reporter contact = new Reporter("วิชัย", "มั่นคง", null, "0812223333", "wichai@example.com", null, null);
		String text = "ร้องเรียนเจ้าหน้าที่เรียกเงิน: ผมนายวิชัย มั่นคง ถูกนายสมปอง ใจร้าย เรียกเงิน 5,000 บาท โทร 0812223333";
		String followUpId = followUp(caseId, FollowUpKind.RECLASSIFIED, text, contact, null, false);

		FollowUpSanitized sanitized = awaitFollowUp(caseId, followUpId);
		assertThat(sanitized.kind()).isEqualTo(FollowUpKind.RECLASSIFIED);
		assertThat(sanitized.category()).isEqualTo(Category.BRIBERY);
		assertThat(sanitized.message()).contains("สมปอง", "5,000").doesNotContain("วิชัย", "มั่นคง", "0812223333");
		assertThat(sanitized.identitySealed()).isTrue();
		assertThat(sanitized.pseudonym()).isEqualTo(pseudonym(caseId));
		assertThat(custody(caseId).reporter()).isEqualTo(contact);
	}

	@Test
	void redeliveredFollowUpIsHandledOnce() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.CONFIDENTIAL, false);
		String followUpId = UUID.randomUUID().toString();
		byte[] event = sealed(new SealedFollowUp(submissionId, followUpId, FollowUpKind.MESSAGE, "ขอบคุณครับ", null,
				null, false, null, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
		this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId, event);
		awaitFollowUp(submissionId, followUpId);

		RecordMetadata again = this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId, event);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "anonymizer",
					List.of(again.topic())));
		assertThat(followUpRecords(submissionId, followUpId)).hasSize(1);
		assertThat(vaultDocument(submissionId).getList("followUps", String.class)).containsOnlyOnce(followUpId);
	}

	@Test
	void followUpSealedUnderAnotherFollowUpIdIsDeadLettered() throws Exception {
		String submissionId = report(REPORTER, ReporterDisclosure.CONFIDENTIAL, false);
		String followUpId = UUID.randomUUID().toString();
		SealedFollowUp followUp = new SealedFollowUp(submissionId, followUpId, FollowUpKind.MESSAGE, "ข้อความ", null,
				null, false, null, Instant.now());
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(followUp), SealingContext.followUp(submissionId, "another"));
		byte[] event = this.codec.encode(EventType.FOLLOW_UP_SEALED, UUID.randomUUID().toString(), submissionId,
				Instant.now(),
				new FollowUpSealed(submissionId, followUpId, Base64.getEncoder().encodeToString(ciphertext)));
		this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId, event);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicReader
				.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.WHISTLEBLOWER_SEALED + ".dlt")
				.stream()
				.anyMatch((record) -> submissionId.equals(record.key())));
		assertThat(vaultDocument(submissionId).getList("followUps", String.class)).isEmpty();
	}

	private String report(Reporter reporter, ReporterDisclosure disclosure, boolean pings) throws Exception {
		String submissionId = "wb-" + UUID.randomUUID();
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SealedReport report = new SealedReport(submissionId, Category.BRIBERY,
				"นายพิชิต รุ่งเรือง เรียกรับเงิน 20,000 บาท",
				new Accused("นายพิชิต รุ่งเรือง", "เจ้าพนักงานพัสดุ", "กองคลัง"), reporter, received,
				received.plus(15, ChronoUnit.DAYS), disclosure, pings);
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(report), SealingContext.report(submissionId));
		this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId,
				this.codec.encode(EventType.WHISTLEBLOWER_REPORT_SEALED, UUID.randomUUID().toString(), submissionId,
						Instant.now(),
						new WhistleblowerReportSealed(submissionId, Base64.getEncoder().encodeToString(ciphertext))));
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> records(submissionId).stream()
				.anyMatch((r) -> r.contains(ReportSanitized.class.getName())
						|| this.codec.isOf(EventType.REPORT_SANITIZED, r.value())));
		return submissionId;
	}

	private String followUp(String submissionId, FollowUpKind kind, String message, Reporter reporter,
			EvidenceFile file, boolean pings) throws Exception {
		String followUpId = UUID.randomUUID().toString();
		SealedFollowUp followUp = new SealedFollowUp(submissionId, followUpId, kind, message, reporter, file, pings,
				(kind == FollowUpKind.RECLASSIFIED) ? Category.BRIBERY : null,
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		this.topics.send(Topics.WHISTLEBLOWER_SEALED, submissionId, sealed(followUp));
		return followUpId;
	}

	// what intake (and case-tracking) do: seal the follow-up bound to both ids
	private byte[] sealed(SealedFollowUp followUp) throws GeneralSecurityException {
		byte[] ciphertext = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(this.codec.toJson(followUp),
					SealingContext.followUp(followUp.submissionId(), followUp.followUpId()));
		return this.codec.encode(EventType.FOLLOW_UP_SEALED, UUID.randomUUID().toString(), followUp.submissionId(),
				Instant.now(), new FollowUpSealed(followUp.submissionId(), followUp.followUpId(),
						Base64.getEncoder().encodeToString(ciphertext)));
	}

	private FollowUpSanitized awaitFollowUp(String submissionId, String followUpId) {
		List<TopicRecord> found = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> followUpRecords(submissionId, followUpId), (list) -> !list.isEmpty());
		return this.codec.decode(EventType.FOLLOW_UP_SANITIZED, found.get(0).value()).data();
	}

	private List<TopicRecord> followUpRecords(String submissionId, String followUpId) {
		return records(submissionId).stream()
			.filter((r) -> this.codec.isOf(EventType.FOLLOW_UP_SANITIZED, r.value()))
			.filter((r) -> followUpId
				.equals(this.codec.decode(EventType.FOLLOW_UP_SANITIZED, r.value()).data().followUpId()))
			.toList();
	}

	private List<TopicRecord> records(String submissionId) {
		return TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.REPORTS_SANITIZED)
			.stream()
			.filter((record) -> submissionId.equals(record.key()))
			.toList();
	}

	private Document vaultDocument(String submissionId) {
		return this.mongo.findById(submissionId, Document.class, IdentityVault.COLLECTION);
	}

	private String pseudonym(String submissionId) {
		return vaultDocument(submissionId).getString("pseudonym");
	}

	private Custody custody(String submissionId) {
		return this.sealer.open(submissionId, vaultDocument(submissionId).getString("sealedIdentity"));
	}

	// a phone photo: EXIF naming its owner, and where it was taken
	private static byte[] phonePhoto() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		TiffOutputSet exif = new TiffOutputSet();
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, OWNER);
		exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, OWNER);
		exif.setGpsInDegrees(100.5018, 13.7563);
		ByteArrayOutputStream photo = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), photo, exif);
		return photo.toByteArray();
	}

}
