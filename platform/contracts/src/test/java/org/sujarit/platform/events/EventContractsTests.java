package org.sujarit.platform.events;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTests {

	private final EventCodec codec = new EventCodec("/sujarit/test");

	static Stream<EventType<?>> eventTypes() {
		return Stream.of(EventType.COMPLAINT_SUBMITTED, EventType.WHISTLEBLOWER_REPORT_SEALED,
				EventType.REPORT_SANITIZED, EventType.CASE_STATUS_CHANGED, EventType.FOLLOW_UP_SEALED,
				EventType.FOLLOW_UP_SANITIZED, EventType.IDENTITY_DISCLOSED, EventType.SLA_ALERT,
				EventType.COMPLAINT_PHOTO_ATTACHED);
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void schemaNamesExactlyTheFieldsOfTheRecord(EventType<?> type) throws Exception {
		assertSchemaMatches(type.schema().getPath(), type.dataClass());
	}

	@Test
	void sealedPlaintextSchemaMatchesItsRecord() throws Exception {
		assertSchemaMatches("/schemas/sealed-report.v1.json", SealedReport.class);
		assertSchemaMatches("/schemas/sealed-follow-up.v1.json", SealedFollowUp.class);
	}

	@Test
	void statusEventWrittenBeforeChangeAndSlaExistedReadsAsPlainChangeOnTrack() {
		String json = "{\"caseId\":\"SJ-1\",\"caseVersion\":2,\"category\":\"ROADS\",\"channel\":\"WEB\","
				+ "\"unit\":\"PUBLIC_WORKS\",\"status\":\"ACKNOWLEDGED\",\"previousStatus\":\"RECEIVED\","
				+ "\"receivedAt\":\"2026-11-01T00:00:00Z\",\"respondBy\":\"2026-11-16T00:00:00Z\","
				+ "\"changedAt\":\"2026-11-02T00:00:00Z\"}";
		CaseStatusChanged old = this.codec.fromJson(json.getBytes(StandardCharsets.UTF_8), CaseStatusChanged.class);
		assertThat(old.change()).isNull();
		assertThat(old.changeOrDefault()).isEqualTo(CaseChange.STATUS_CHANGED);
		assertThat(old.slaOrDefault()).isEqualTo(SlaStanding.ON_TRACK);
	}

	@Test
	void eventSurvivesTheRoundTripAsStructuredCloudEvent() {
		Instant received = Instant.parse("2026-11-22T03:00:00Z");
		ComplaintSubmitted data = new ComplaintSubmitted("SJ-ABCDE-FGHJK", Category.ROADS, Channel.WEB, "หลุมบนถนน",
				"ถนนหน้าตลาดมีหลุมลึก", new Location("ซอย 3", 13.7, 100.5), null, received,
				received.plusSeconds(15 * 86400));
		byte[] bytes = this.codec.encode(EventType.COMPLAINT_SUBMITTED, "evt-1", "SJ-ABCDE-FGHJK", received, data);

		JsonNode envelope = JsonMapper.shared().readTree(bytes);
		assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
		assertThat(envelope.get("type").asString()).isEqualTo("org.sujarit.complaint.submitted.v1");
		assertThat(envelope.get("dataschema").asString()).isEqualTo("/schemas/complaint-submitted.v1.json");
		assertThat(envelope.get("data").get("receivedAt").asString()).isEqualTo("2026-11-22T03:00:00Z");

		ReceivedEvent<ComplaintSubmitted> read = this.codec.decode(EventType.COMPLAINT_SUBMITTED, bytes);
		assertThat(read.id()).isEqualTo("evt-1");
		assertThat(read.subject()).isEqualTo("SJ-ABCDE-FGHJK");
		assertThat(read.source()).isEqualTo("/sujarit/test");
		assertThat(read.time()).isEqualTo(received);
		assertThat(read.data()).isEqualTo(data);
	}

	@Test
	void eventOfAnotherTypeIsRefused() {
		byte[] bytes = this.codec.encode(EventType.WHISTLEBLOWER_REPORT_SEALED, "evt-2", "s-1", Instant.now(),
				new WhistleblowerReportSealed("s-1", "AAAA"));
		assertThatThrownBy(() -> this.codec.decode(EventType.CASE_STATUS_CHANGED, bytes))
			.isInstanceOf(UnreadableEventException.class)
			.hasMessageContaining("expected org.sujarit.case.status-changed.v1");
	}

	@Test
	void unreadableEventMessageNeverQuotesTheContent() {
		byte[] garbage = "{\"specversion\":\"1.0\",\"narrative\":\"ชื่อ สมชาย ใจดี 0812345678\""
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.codec.decode(EventType.CASE_STATUS_CHANGED, garbage))
			.isInstanceOf(UnreadableEventException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("สมชาย").doesNotContain("0812345678"));
	}

	private void assertSchemaMatches(String path, Class<?> record) throws Exception {
		try (InputStream in = getClass().getResourceAsStream(path)) {
			assertThat(in).as("schema %s on the classpath", path).isNotNull();
			JsonNode schema = JsonMapper.shared().readTree(in);
			Set<String> properties = new HashSet<>(schema.get("properties").propertyNames());
			Set<String> components = Arrays.stream(record.getRecordComponents())
				.map(RecordComponent::getName)
				.collect(Collectors.toSet());
			assertThat(properties).as("schema %s properties", path).isEqualTo(components);
			schema.get("required").forEach((name) -> assertThat(components).contains(name.asString()));
		}
	}

}
