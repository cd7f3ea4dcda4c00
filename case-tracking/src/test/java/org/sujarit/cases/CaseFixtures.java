package org.sujarit.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import org.sujarit.platform.testkit.TopicWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Opens cases the way production does, through events on the topics, and reads what the
 * service publishes.
 */
final class CaseFixtures {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final EventCodec codec = new EventCodec("/sujarit/complaint-intake");

	private final Infrastructure infrastructure;

	private final StaffHttp staff;

	CaseFixtures(Infrastructure infrastructure, StaffHttp staff) {
		this.infrastructure = infrastructure;
		this.staff = staff;
	}

	EventCodec codec() {
		return this.codec;
	}

	ComplaintSubmitted complaint(Category category) throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
		return complaint(category, Channel.WEB, receivedAt, receivedAt.plus(Duration.ofDays(15)));
	}

	ComplaintSubmitted complaint(Category category, Channel channel, Instant receivedAt, Instant respondBy)
			throws Exception {
		String code = "SJ-" + suffix();
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, category, channel, "Problem " + code,
				"Details " + code, null, null, receivedAt.truncatedTo(ChronoUnit.MILLIS),
				respondBy.truncatedTo(ChronoUnit.MILLIS));
		send(Topics.COMPLAINTS, code, this.codec.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(),
				code, complaint.receivedAt(), complaint));
		awaitCase(code);
		return complaint;
	}

	ReportSanitized report(Category category, String accusedUnit) throws Exception {
		Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ReportSanitized report = new ReportSanitized("WB-" + suffix() + suffix().substring(0, 4), "Heron-" + suffix(),
				category, "[ชื่อถูกปกปิด] saw an official take money",
				new Accused("Official Example", "Officer", accusedUnit), false, receivedAt,
				receivedAt.plus(Duration.ofDays(15)));
		send(Topics.REPORTS_SANITIZED, report.submissionId(), this.codec.encode(EventType.REPORT_SANITIZED,
				UUID.randomUUID().toString(), report.submissionId(), receivedAt, report));
		awaitCase(report.submissionId());
		return report;
	}

	void send(String topic, String key, byte[] value) throws Exception {
		try (TopicWriter topics = TopicWriter.connect(this.infrastructure.kafkaBootstrapServers())) {
			topics.send(topic, key, value);
		}
	}

	void awaitCase(String caseId) {
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.staff.get("supervisor", "/api/v1/cases/" + caseId).status()).isEqualTo(200));
	}

	List<ReceivedEvent<CaseStatusChanged>> awaitStatusEvents(String caseId, int count) {
		List<ReceivedEvent<CaseStatusChanged>> events = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			events.clear();
			for (TopicRecord record : TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(),
					Topics.CASE_STATUS)) {
				if (caseId.equals(record.key()) && this.codec.isOf(EventType.CASE_STATUS_CHANGED, record.value())) {
					events.add(this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value()));
				}
			}
			assertThat(events).hasSize(count);
		});
		return events;
	}

	static String suffix() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

}
