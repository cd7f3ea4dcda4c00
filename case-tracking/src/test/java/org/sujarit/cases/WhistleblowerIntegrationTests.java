package org.sujarit.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.SanitizedEvidence;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class WhistleblowerIntegrationTests extends CaseTrackingIntegrationTest {

	@Test
	void theReportersMessagesEvidenceAndDisclosureReachTheCaseOnceAndTheConversationIsPublished() throws Exception {
		ReportSanitized report = this.cases.report(Category.BRIBERY, "PUBLIC_WORKS");
		String id = report.submissionId();
		String path = "/api/v1/cases/" + id;
		String message = "[ชื่อถูกปกปิด] เห็นการรับเงินอีกครั้งเมื่อวานนี้";
		byte[] file = ("%PDF-1.4 receipt " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		FollowUpSanitized said = followUp(id, FollowUpKind.MESSAGE, message, null, report.pseudonym());
		FollowUpSanitized evidence = followUp(id, FollowUpKind.EVIDENCE, null, new SanitizedEvidence("evidence-1.pdf",
				"application/pdf", file.length, "00", Base64.getEncoder().encodeToString(file)), report.pseudonym());
		FollowUpSanitized identity = followUp(id, FollowUpKind.IDENTITY_ADDED, null, null, report.pseudonym());

		publish(said);
		publish(said);
		publish(evidence);
		publish(identity);
		await().atMost(CaseFixtures.PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "case-tracking",
					List.of(Topics.REPORTS_SANITIZED)));

		JsonNode detail = this.staff.get("legal", path).body();
		assertThat(detail.get("identitySealed").asBoolean()).isTrue();
		assertThat(detail.get("evidence")).hasSize(1);
		String evidenceId = detail.get("evidence").get(0).get("evidenceId").asString();
		assertThat(this.staff.download("legal", path + "/evidence/" + evidenceId)).isEqualTo(file);
		assertThat(this.staff.get("officer", path + "/evidence/" + evidenceId).status()).isEqualTo(404);
		assertThat(this.staff.get("legal", path + "/evidence/nope").status()).isEqualTo(404);
		assertThat(detail.get("history").findValuesAsString("action")).containsExactly("OPENED", "ROUTED",
				"REPORTER_MESSAGE", "EVIDENCE_ADDED", "IDENTITY_SEALED");

		String reply = "ขอบคุณสำหรับข้อมูล นิติกรกำลังตรวจสอบ";
		assertThat(this.staff.post("legal", path + "/messages", Map.of("message", reply)).status()).isEqualTo(200);
		publish(new IdentityDisclosed(id, "DR-" + UUID.randomUUID(), Instant.now(), false));
		publish(new IdentityDisclosed(id, "DR-" + UUID.randomUUID(), Instant.now(), true));

		List<ReceivedEvent<CaseStatusChanged>> events = this.cases.awaitStatusEvents(id, 5);
		assertThat(events).extracting((event) -> event.data().change())
			.containsExactly(CaseChange.OPENED, CaseChange.REPORTER_MESSAGE, CaseChange.EVIDENCE_ADDED,
					CaseChange.PUBLIC_MESSAGE, CaseChange.IDENTITY_DISCLOSED);
		assertThat(events.get(1).data().publicMessage()).isEqualTo(message);
		assertThat(events.get(3).data().publicMessage()).isEqualTo(reply);
		assertThat(events.get(4).data().publicMessage()).contains("disclosed", "เปิดเผย");
		JsonNode trail = this.staff.get("auditor", path + "/audit").body();
		assertThat(trail.findValuesAsString("action")).endsWith("PUBLIC_MESSAGE", "IDENTITY_DISCLOSED",
				"IDENTITY_DISCLOSED");
		assertThat(trail.get(trail.size() - 2).get("visibility").asString()).isEqualTo("INTERNAL");
	}

	private FollowUpSanitized followUp(String id, FollowUpKind kind, String message, SanitizedEvidence evidence,
			String pseudonym) {
		return new FollowUpSanitized(id, "FU-" + UUID.randomUUID(), kind, message, evidence,
				kind == FollowUpKind.IDENTITY_ADDED, pseudonym, null, Instant.now());
	}

	private void publish(FollowUpSanitized followUp) throws Exception {
		this.cases.send(Topics.REPORTS_SANITIZED, followUp.submissionId(),
				this.cases.codec()
					.encode(EventType.FOLLOW_UP_SANITIZED, followUp.followUpId(), followUp.submissionId(),
							followUp.sentAt(), followUp));
	}

	private void publish(IdentityDisclosed disclosure) throws Exception {
		this.cases.send(Topics.REPORTS_SANITIZED, disclosure.submissionId(),
				this.cases.codec()
					.encode(EventType.IDENTITY_DISCLOSED, disclosure.requestId(), disclosure.submissionId(),
							disclosure.approvedAt(), disclosure));
	}

}
