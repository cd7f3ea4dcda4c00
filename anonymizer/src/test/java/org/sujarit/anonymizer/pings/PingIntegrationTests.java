package org.sujarit.anonymizer.pings;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.AnonymizerIntegrationTest;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.SujaritIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(properties = { "spring.config.name=anonymizer", "sujarit.anonymizer.pings.sweep-interval=1h" })
class PingIntegrationTests extends AnonymizerIntegrationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	@Autowired
	private IdentityVault vault;

	@Autowired
	private EventCodec codec;

	@Autowired
	private Pings pings;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	void reporterWhoAskedGetsOneContentFreePingAndTheContactStaysInTheVault() throws Exception {
		String email = "ping-" + UUID.randomUUID() + "@example.com";
		Reporter reporter = new Reporter("กาญจนา", "รักดี", null, "0834445555", email, null, null);
		String caseId = admit(reporter, true);
		String pseudonym = this.vault.find(caseId).orElseThrow().pseudonym();
		try (LogCapture logs = new LogCapture().start()) {
			byte[] event = change(caseId, CaseChange.STATUS_CHANGED, "เจ้าหน้าที่รับเรื่องแล้ว");
			publish(caseId, event);
			await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(email).size() == 1);

			MimeMessage ping = messagesTo(email).get(0);
			String text = ping.getSubject() + "\n" + GreenMailUtil.getBody(ping) + "\n"
					+ new String(ping.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(ping.getSubject()).contains("There is an update on your report");
			assertThat(GreenMailUtil.getBody(ping)).isNotBlank();
			assertThat(text).doesNotContain(caseId, pseudonym, Category.BRIBERY.name(), "เจ้าหน้าที่รับเรื่องแล้ว",
					"กาญจนา");
			assertThat(ping.getInputStream().readAllBytes()).asString(java.nio.charset.StandardCharsets.UTF_8)
				.contains("sign in with your receipt");

			// the same event again, and another within the hour: coalesced, not sent
			publish(caseId, event);
			RecordMetadata last = publish(caseId, change(caseId, CaseChange.PUBLIC_MESSAGE, "ขอเอกสารเพิ่มเติม"));
			awaitConsumed(last);
			assertThat(messagesTo(email)).hasSize(1);

			// an hour later the sweep sends the one coalesced ping, and only one
			assertThat(this.mongo.findById(caseId, Document.class, PingLedger.STATE).getBoolean("pending")).isTrue();
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
					new Update().set("lastSentAt", Date.from(Instant.now().minus(Duration.ofMinutes(61)))),
					PingLedger.STATE);
			this.pings.sendDue();
			this.pings.sendDue();
			assertThat(messagesTo(email)).hasSize(2);
			assertThat(this.mongo.findById(caseId, Document.class, PingLedger.STATE).getBoolean("pending")).isFalse();

			// GreenMail stands for the reporter's mail server, outside the system: its
			// own
			// lines name the mailbox
			assertThat(logs.lines()).filteredOn((line) -> !line.contains("com.icegreen"))
				.noneMatch((line) -> line.contains(email) || line.contains("0834445555"));
		}
		for (String document : readable(MongoDump.dumpAll(this.infrastructure.mongoUri()))) {
			assertThat(document).doesNotContain(email, "0834445555", "กาญจนา");
		}
	}

	@Test
	void noPingWithoutConsentOrForChangesThatAreNotForTheReporter() throws Exception {
		String email = "quiet-" + UUID.randomUUID() + "@example.com";
		Reporter reporter = new Reporter(null, null, null, null, email, null, null);
		String optedOut = admit(reporter, false);
		String optedIn = admit(reporter, true);
		publish(optedOut, change(optedOut, CaseChange.STATUS_CHANGED, null));
		publish(optedIn, change(optedIn, CaseChange.REPORTER_MESSAGE, null));
		RecordMetadata last = publish(optedIn, change(optedIn, CaseChange.BREACHED, null));
		awaitConsumed(last);
		assertThat(messagesTo(email)).isEmpty();
	}

	private String admit(Reporter reporter, boolean pings) {
		String caseId = "wb-" + UUID.randomUUID();
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.vault.admit(new SealedReport(caseId, Category.BRIBERY, "เรื่อง", null, reporter, received,
				received.plus(15, ChronoUnit.DAYS), ReporterDisclosure.CONFIDENTIAL, pings), "เรื่อง");
		return caseId;
	}

	private byte[] change(String caseId, CaseChange change, String message) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return this.codec.encode(EventType.CASE_STATUS_CHANGED, UUID.randomUUID().toString(), caseId, now,
				new CaseStatusChanged(caseId, 2, Category.BRIBERY, Channel.WHISTLEBLOWER, "LEGAL",
						CaseStatus.IN_PROGRESS, CaseStatus.RECEIVED, now, now.plus(15, ChronoUnit.DAYS), now, message,
						change, SlaStanding.ON_TRACK));
	}

	private RecordMetadata publish(String caseId, byte[] event) {
		return this.topics.send(Topics.CASE_STATUS, caseId, event);
	}

	private void awaitConsumed(RecordMetadata record) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "anonymizer",
					List.of(record.topic())));
	}

	private static List<MimeMessage> messagesTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

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
