package org.sujarit.anonymizer.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.AnonymizerIntegrationTest;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@SujaritIntegrationTest
@SpringBootTest(properties = "spring.config.name=anonymizer")
class DisclosureIntegrationTests extends AnonymizerIntegrationTest {

	private static final Reporter REPORTER = new Reporter("สุดา", "ใจงาม", "1103700012346", "0861112222",
			"suda@example.com", null, null);

	private static final StaffUser OFFICER = user("lawyer-" + UUID.randomUUID(), StaffRole.LEGAL_OFFICER);

	private static final StaffUser CUSTODIAN = user("keeper-" + UUID.randomUUID(), StaffRole.CUSTODIAN);

	private static final StaffUser AUDITOR = user("auditor", StaffRole.AUDITOR);

	private static final String REASON = "คำสั่งศาลที่ 123/2569 ให้เรียกผู้แจ้งมาเป็นพยาน";

	@Autowired
	private DisclosureService disclosures;

	@Autowired
	private IdentityVault vault;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private EventCodec codec;

	@Test
	void approvedRequestLetsTheRequesterReadTheIdentityAndIsAuditedAndAnnounced() {
		String caseId = admitted(REPORTER);
		try (LogCapture logs = new LogCapture().start()) {
			Disclosure request = this.disclosures.request(OFFICER, caseId, REASON);
			assertThat(this.disclosures.list(CUSTODIAN, DisclosureState.PENDING)).extracting(Disclosure::id)
				.contains(request.id());
			assertThatExceptionOfType(DisclosureException.class)
				.isThrownBy(() -> this.disclosures.identity(OFFICER, request.id()));

			Disclosure approved = this.disclosures.decide(CUSTODIAN, request.id(), true,
					"ตรวจสอบคำสั่งศาลแล้ว ถูกต้องตามระเบียบ", false, null);
			assertThat(approved.readableUntil()).isAfter(Instant.now().plus(Duration.ofHours(23)));

			assertThat(this.disclosures.identity(OFFICER, request.id())).isEqualTo(REPORTER);
			assertThatExceptionOfType(DisclosureException.class)
				.isThrownBy(() -> this.disclosures.identity(user("lawyer-x", StaffRole.LEGAL_OFFICER), request.id()));
			assertThatExceptionOfType(DisclosureException.class)
				.isThrownBy(() -> this.disclosures.identity(CUSTODIAN, request.id()));

			IdentityDisclosed event = awaitDisclosed(caseId);
			assertThat(event.requestId()).isEqualTo(request.id());
			assertThat(event.reporterInformed()).isTrue();

			List<AuditEntry> trail = this.disclosures.audit(AUDITOR, request.id());
			assertThat(trail).extracting(AuditEntry::action)
				.containsExactly("REQUESTED", "READ_REFUSED", "APPROVED", "IDENTITY_READ", "READ_REFUSED",
						"READ_REFUSED");
			assertThat(AuditTrail.verify(trail)).isTrue();
			assertThat(logs.lines()).noneMatch((line) -> line.contains("สุดา") || line.contains("0861112222")
					|| line.contains("suda@") || line.contains("คำสั่งศาล"));
		}
	}

	@Test
	void theRequesterCannotApproveTheirOwnRequestNorReadADeniedOne() {
		String caseId = admitted(REPORTER);
		StaffUser both = user("lawyer-keeper", StaffRole.LEGAL_OFFICER, StaffRole.CUSTODIAN);
		Disclosure own = this.disclosures.request(both, caseId, REASON);
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(
				() -> this.disclosures.decide(both, own.id(), true, "อนุมัติคำขอของตัวเองไม่ได้นะครับ", false, null));

		Disclosure denied = this.disclosures.decide(CUSTODIAN, own.id(), false, "ไม่มีเหตุตามกฎหมายเพียงพอในการเปิดเผย",
				false, null);
		assertThat(denied.state()).isEqualTo(DisclosureState.DENIED);
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.disclosures.identity(both, own.id()));
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.disclosures.decide(user("keeper-2", StaffRole.CUSTODIAN), own.id(), true,
					"เปลี่ยนใจอนุมัติภายหลังการปฏิเสธ", false, null));
		assertThat(disclosed(caseId)).isEmpty();
	}

	@Test
	void withheldNoticeNeedsALegalBasisAndTellsCaseTrackingNotToInform() {
		String caseId = admitted(REPORTER);
		Disclosure request = this.disclosures.request(OFFICER, caseId, REASON);
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(
				() -> this.disclosures.decide(CUSTODIAN, request.id(), true, "อนุมัติตามคำสั่งศาลที่แนบมา", true, " "))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("legalBasis"));
		this.disclosures.decide(CUSTODIAN, request.id(), true, "อนุมัติตามคำสั่งศาลที่แนบมา", true,
				"พ.ร.บ. ข้อมูลข่าวสารของราชการ มาตรา 15");
		assertThat(awaitDisclosed(caseId).reporterInformed()).isFalse();
	}

	@Test
	void shortReasonsAndAnonymousCasesAreRefused() {
		String caseId = admitted(REPORTER);
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.disclosures.request(OFFICER, caseId, "because"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("rule").containsExactly("min-length"));
		String anonymous = admitted(null);
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.disclosures.request(OFFICER, anonymous, REASON))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> this.disclosures.request(CUSTODIAN, caseId, REASON))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(403));
	}

	@Test
	void tamperingWithTheAuditTrailIsDetected() {
		String caseId = admitted(REPORTER);
		Disclosure request = this.disclosures.request(OFFICER, caseId, REASON);
		this.disclosures.decide(CUSTODIAN, request.id(), false, "ไม่มีเหตุตามกฎหมายเพียงพอในการเปิดเผย", false, null);
		assertThat(AuditTrail.verify(this.disclosures.audit(AUDITOR, request.id()))).isTrue();

		// someone with database access rewrites the decision
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(request.id() + ":2")),
				new Update().set("action", "APPROVED"), AuditTrail.COLLECTION);
		assertThat(AuditTrail.verify(this.disclosures.audit(AUDITOR, request.id()))).isFalse();
	}

	private String admitted(Reporter reporter) {
		String caseId = "wb-" + UUID.randomUUID();
		Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.vault.admit(new SealedReport(caseId, Category.BRIBERY, "เรื่องร้องเรียน", null, reporter, received,
				received.plus(15, ChronoUnit.DAYS)), "เรื่องร้องเรียน");
		return caseId;
	}

	private IdentityDisclosed awaitDisclosed(String caseId) {
		List<TopicRecord> found = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> disclosed(caseId), (list) -> !list.isEmpty());
		return this.codec.decode(EventType.IDENTITY_DISCLOSED, found.get(0).value()).data();
	}

	private List<TopicRecord> disclosed(String caseId) {
		return TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), Topics.REPORTS_SANITIZED)
			.stream()
			.filter((record) -> caseId.equals(record.key()))
			.filter((record) -> this.codec.isOf(EventType.IDENTITY_DISCLOSED, record.value()))
			.toList();
	}

	private static StaffUser user(String name, StaffRole... roles) {
		return new StaffUser(name, name, "LEGAL", Set.of(roles));
	}

}
