package org.sujarit.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.events.SlaAlertKind;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicWriter;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(properties = "spring.config.name=notification")
class NotificationIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Instant RECEIVED = Instant.parse("2026-11-22T03:00:00Z");

	private static final Instant RESPOND_BY = Instant.parse("2026-12-07T03:00:00Z");

	private static TopicWriter topics;

	private final EventCodec codec = new EventCodec("/sujarit/test");

	private final Infrastructure infrastructure;

	private final LogCapture logs = new LogCapture();

	NotificationIntegrationTests(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
	}

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@BeforeAll
	static void startProducer(Infrastructure infrastructure) {
		topics = TopicWriter.connect(infrastructure.kafkaBootstrapServers());
	}

	@AfterAll
	static void stopProducer() {
		topics.close();
	}

	@BeforeEach
	void captureLogs() {
		this.logs.start();
	}

	@AfterEach
	void stopCapture() {
		this.logs.stop();
	}

	@Test
	void everyStatusChangeReachesTheComplainantOnceWithoutTheAddressInTheLogs() throws Exception {
		String code = trackingCode();
		String email = mailbox();
		publishComplaint(code, email);
		publishStatus(UUID.randomUUID().toString(), status(code, 1, CaseStatus.RECEIVED, null, Channel.WEB, null));
		publishStatus(UUID.randomUUID().toString(),
				status(code, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED, Channel.WEB, null));
		publishStatus(UUID.randomUUID().toString(),
				status(code, 3, CaseStatus.RESOLVED, CaseStatus.ACKNOWLEDGED, Channel.WEB, "ซ่อมถนนเรียบร้อยแล้ว"));

		await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 3);
		awaitConsumed();

		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).hasSize(3);
		assertThat(mails.stream().map(NotificationIntegrationTests::subject)).containsExactlyInAnyOrder(
				"[สุจริต] เรื่อง " + code + ": ได้รับเรื่องแล้ว / Received",
				"[สุจริต] เรื่อง " + code + ": รับเรื่องไว้พิจารณาแล้ว / Acknowledged",
				"[สุจริต] เรื่อง " + code + ": ดำเนินการแก้ไขแล้ว / Resolved");
		MimeMessage resolved = mails.stream()
			.filter((mail) -> subject(mail).endsWith("Resolved"))
			.findFirst()
			.orElseThrow();
		assertThat(resolved.getFrom()[0].toString()).contains("no-reply@sujarit.local");
		assertThat((String) resolved.getContent()).contains("ซ่อมถนนเรียบร้อยแล้ว", "7 ธันวาคม 2569", "2026-12-07",
				"http://localhost:8080/api/v1/complaints/" + code);
		// the test's own SMTP server logs the mailboxes it creates; the service must not
		assertThat(this.logs.lines()).filteredOn((line) -> !line.contains("com.icegreen.greenmail"))
			.anyMatch((line) -> line.contains(code))
			.noneMatch((line) -> line.contains(email));
	}

	@Test
	void theSameStatusEventTwiceSendsOneEmail() throws Exception {
		String code = trackingCode();
		String email = mailbox();
		publishComplaint(code, email);
		String eventId = UUID.randomUUID().toString();
		CaseStatusChanged received = status(code, 1, CaseStatus.RECEIVED, null, Channel.WEB, null);
		publishStatus(eventId, received);
		publishStatus(eventId, received);

		await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
		awaitConsumed();

		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void aStatusChangeBeforeItsComplaintIsSentWhenTheComplaintArrives() throws Exception {
		String code = trackingCode();
		String email = mailbox();
		publishStatus(UUID.randomUUID().toString(), status(code, 1, CaseStatus.RECEIVED, null, Channel.LINE, null));
		awaitConsumed();
		assertThat(mailsTo(email)).isEmpty();

		publishComplaint(code, email);

		await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
		assertThat(subject(mailsTo(email).get(0))).contains(code);
		awaitConsumed();
		assertThat(mailsTo(email)).hasSize(1);
		assertThat(MongoDump.dumpDatabase(this.infrastructure.mongoUri(), "sujarit-notification"))
			.filteredOn((document) -> document.contains("parkedAt"))
			.noneMatch((document) -> document.contains(code));
	}

	@Test
	void whistleblowerCasesGetNothing() throws Exception {
		String submissionId = "WB-" + UUID.randomUUID();
		String email = mailbox();
		// even if the id were known with an address, the protected channel stays silent
		publishComplaint(submissionId, email);
		publishStatus(UUID.randomUUID().toString(),
				status(submissionId, 1, CaseStatus.RECEIVED, null, Channel.WHISTLEBLOWER, null));
		publishStatus(UUID.randomUUID().toString(),
				status(submissionId, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED, Channel.WHISTLEBLOWER, null));
		awaitConsumed();

		assertThat(mailsTo(email)).isEmpty();
		assertThat(smtp.getReceivedMessages()).noneMatch((mail) -> subject(mail).contains(submissionId));
		// nothing recorded about it but the recipient this test planted
		assertThat(MongoDump.dumpDatabase(this.infrastructure.mongoUri(), "sujarit-notification"))
			.filteredOn((document) -> document.contains(submissionId))
			.allMatch((document) -> document.contains("\"email\""));
	}

	@Test
	void aComplaintWithoutEmailGetsNoEmailAndNoError() throws Exception {
		String code = trackingCode();
		publishComplaint(code, null);
		publishStatus(UUID.randomUUID().toString(), status(code, 1, CaseStatus.RECEIVED, null, Channel.PHONE, null));
		publishStatus(UUID.randomUUID().toString(),
				status(code, 2, CaseStatus.CLOSED, CaseStatus.RECEIVED, Channel.PHONE, "ยุติเรื่อง"));
		awaitConsumed();

		assertThat(smtp.getReceivedMessages()).noneMatch((mail) -> subject(mail).contains(code));
		String kafka = this.infrastructure.kafkaBootstrapServers();
		assertThat(TopicReader.readAll(kafka, Topics.COMPLAINTS + ".dlt")).noneMatch((record) -> record.contains(code));
		assertThat(TopicReader.readAll(kafka, Topics.CASE_STATUS + ".dlt"))
			.noneMatch((record) -> record.contains(code));
		assertThat(this.logs.lines()).noneMatch((line) -> line.startsWith("ERROR"));
	}

	@Test
	void anExtensionReachesTheComplainantWithItsExplanationButInternalChangesDoNot() throws Exception {
		String code = trackingCode();
		String email = mailbox();
		publishComplaint(code, email);
		Instant newDue = RESPOND_BY.plus(Duration.ofDays(10));
		publishStatus(UUID.randomUUID().toString(),
				new CaseStatusChanged(code, 2, Category.ROADS, Channel.WEB, "FINANCE", CaseStatus.IN_PROGRESS,
						CaseStatus.IN_PROGRESS, RECEIVED, RESPOND_BY, RECEIVED.plusSeconds(60), null,
						CaseChange.REASSIGNED, SlaStanding.ON_TRACK));
		publishStatus(UUID.randomUUID().toString(),
				new CaseStatusChanged(code, 3, Category.ROADS, Channel.WEB, "FINANCE", CaseStatus.IN_PROGRESS,
						CaseStatus.IN_PROGRESS, RECEIVED, newDue, RECEIVED.plusSeconds(120),
						"รอผลการจัดซื้อวัสดุซ่อมถนน", CaseChange.EXTENDED, SlaStanding.EXTENDED));

		await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
		awaitConsumed();

		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		assertThat(subject(mails.get(0))).contains("ขยายระยะเวลา", "More time needed");
		assertThat((String) mails.get(0).getContent()).contains("รอผลการจัดซื้อวัสดุซ่อมถนน", "17 ธันวาคม 2569",
				"2026-12-17");
	}

	@Test
	void aComplaintMovedToTheCorruptionTrackIsNeverWrittenToAgainAndItsAddressIsForgotten() throws Exception {
		String code = trackingCode();
		String email = mailbox();
		publishComplaint(code, email);
		publishStatus(UUID.randomUUID().toString(),
				new CaseStatusChanged(code, 2, Category.BRIBERY, Channel.WEB, "LEGAL", CaseStatus.IN_PROGRESS,
						CaseStatus.RECEIVED, RECEIVED, RESPOND_BY, RECEIVED.plusSeconds(60), null,
						CaseChange.RECLASSIFIED, SlaStanding.ON_TRACK));
		publishStatus(UUID.randomUUID().toString(),
				new CaseStatusChanged(code, 3, Category.BRIBERY, Channel.WEB, "LEGAL", CaseStatus.RESOLVED,
						CaseStatus.IN_PROGRESS, RECEIVED, RESPOND_BY, RECEIVED.plusSeconds(120), "สอบสวนแล้ว"));
		// the complaint event read again must not bring the address back
		publishComplaint(code, email);
		awaitConsumed();

		assertThat(mailsTo(email)).isEmpty();
		assertThat(MongoDump.dumpDatabase(this.infrastructure.mongoUri(), "sujarit-notification"))
			.noneMatch((document) -> document.contains(email));
	}

	@Test
	void aDeadlineReminderReachesTheOfficerAndTheUnitHeadOnceAndAnEscalationTheSupervisor() throws Exception {
		String code = trackingCode();
		SlaAlert reminder = new SlaAlert(code + ":reminder:P1D", SlaAlertKind.REMINDER, "PUBLIC_WORKS", code,
				"officer.works", RESPOND_BY, 1, List.of(), RESPOND_BY.minus(Duration.ofDays(1)));
		SlaAlert escalation = new SlaAlert(code + ":escalation", SlaAlertKind.ESCALATION, "PUBLIC_WORKS", code,
				"officer.works", RESPOND_BY, 0, List.of(), RESPOND_BY.plusSeconds(30));
		publishAlert(reminder);
		publishAlert(reminder);
		publishAlert(escalation);

		await().atMost(PATIENCE).until(() -> mailsAbout(code).size() == 4);
		awaitConsumed();

		assertThat(mailsAbout(code)).hasSize(4);
		assertThat(mailsTo("officer.works@sujarit.local")).filteredOn((mail) -> subject(mail).contains(code))
			.singleElement()
			.satisfies((mail) -> assertThat(subject(mail)).contains("Due in 1 day"));
		assertThat(mailsTo("head.works@sujarit.local")).filteredOn((mail) -> subject(mail).contains(code)).hasSize(2);
		assertThat(mailsTo("supervisor@sujarit.local")).filteredOn((mail) -> subject(mail).contains(code))
			.singleElement()
			.satisfies((mail) -> assertThat(subject(mail)).contains("Overdue"));
	}

	private void publishAlert(SlaAlert alert) throws Exception {
		byte[] value = this.codec.encode(EventType.SLA_ALERT, alert.alertId(), alert.caseId(), alert.raisedAt(), alert);
		topics.send(Topics.CASE_STATUS, alert.caseId(), value);
	}

	private static List<MimeMessage> mailsAbout(String code) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> subject(mail).contains(code)).toList();
	}

	private void publishComplaint(String code, String email) throws Exception {
		Complainant complainant = (email != null) ? new Complainant("สมศรี ใจดี", null, email, null) : null;
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, Category.ROADS, Channel.WEB, "ถนนเป็นหลุม",
				"ถนนหน้าตลาดเป็นหลุมลึก", null, complainant, RECEIVED, RESPOND_BY);
		byte[] value = this.codec.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(), code, RECEIVED,
				complaint);
		topics.send(Topics.COMPLAINTS, code, value);
	}

	private void publishStatus(String eventId, CaseStatusChanged event) throws Exception {
		byte[] value = this.codec.encode(EventType.CASE_STATUS_CHANGED, eventId, event.caseId(), event.changedAt(),
				event);
		topics.send(Topics.CASE_STATUS, event.caseId(), value);
	}

	private static CaseStatusChanged status(String caseId, long version, CaseStatus status, CaseStatus previous,
			Channel channel, String publicMessage) {
		Category category = (channel == Channel.WHISTLEBLOWER) ? Category.BRIBERY : Category.ROADS;
		return new CaseStatusChanged(caseId, version, category, channel, "PUBLIC_WORKS", status, previous, RECEIVED,
				RESPOND_BY, RECEIVED.plusSeconds(version * 60), publicMessage);
	}

	private void awaitConsumed() {
		await().atMost(PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "notification",
					List.of(Topics.COMPLAINTS, Topics.CASE_STATUS)));
	}

	private static List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> addressedTo(mail, email)).toList();
	}

	private static boolean addressedTo(MimeMessage mail, String email) {
		try {
			Address[] recipients = mail.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch((address) -> address.toString().equals(email));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String trackingCode() {
		return "SJ-" + randomBlock() + "-" + randomBlock();
	}

	private static String randomBlock() {
		String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
		StringBuilder block = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			block.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return block.toString();
	}

	private static String mailbox() {
		return "complainant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
