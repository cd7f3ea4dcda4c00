package org.sujarit.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.MongoDump;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

class ComplaintIntakeIntegrationTests extends IntakeIntegrationTest {

	private static final String COMPLAINTS = "/api/v1/complaints";

	@Test
	void aFiledComplaintGetsACodeIsPublishedAndIsNotKeptInIntake(Infrastructure infrastructure) {
		String description = canary("description");
		String email = "somchai." + System.nanoTime() + "@example.com";
		Map<String, Object> complaint = Map.of("category", "ROADS", "subject", "หลุมบนถนนเทศบาล 3", "description",
				description, "location", Map.of("address", "ซอย 5 ถนนเทศบาล 3", "lat", 13.75, "lon", 100.5),
				"complainant", Map.of("name", "สมชาย ใจดี", "phone", "081-234-5678", "email", email));

		Response response = post(COMPLAINTS, complaint);

		assertThat(response.status()).isEqualTo(202);
		String code = response.body().path("trackingCode").asString();
		assertThat(code).matches("SJ-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		Instant receivedAt = Instant.parse(response.body().path("receivedAt").asString());
		Instant respondBy = Instant.parse(response.body().path("respondBy").asString());
		assertThat(receivedAt).isCloseTo(Instant.now(), within(60, ChronoUnit.SECONDS));
		assertThat(respondBy).isEqualTo(receivedAt.plus(15, ChronoUnit.DAYS));
		assertThat(response.header("Location")).isEqualTo("/api/v1/complaints/" + code);

		// typed sloppily, as people do
		Response status = get(COMPLAINTS + "/" + code.toLowerCase().replace("-", ""));
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body().path("trackingCode").asString()).isEqualTo(code);
		assertThat(status.body().path("status").asString()).isEqualTo("RECEIVED");
		assertThat(Instant.parse(status.body().path("receivedAt").asString())).isEqualTo(receivedAt);
		assertThat(Instant.parse(status.body().path("respondBy").asString())).isEqualTo(respondBy);
		assertThat(status.body().path("updates")).hasSize(1);
		assertThat(status.body().path("updates").get(0).path("status").asString()).isEqualTo("RECEIVED");

		ComplaintSubmitted submitted = await().atMost(WAIT)
			.until(() -> submitted(infrastructure, code), (s) -> s != null);
		assertThat(submitted.trackingCode()).isEqualTo(code);
		assertThat(submitted.category()).isEqualTo(Category.ROADS);
		assertThat(submitted.channel()).isEqualTo(Channel.WEB);
		assertThat(submitted.description()).isEqualTo(description);
		assertThat(submitted.location().lat()).isEqualTo(13.75);
		assertThat(submitted.complainant().email()).isEqualTo(email);
		assertThat(submitted.complainant().phone()).isEqualTo("081-234-5678");
		assertThat(submitted.receivedAt()).isEqualTo(receivedAt);
		assertThat(submitted.respondBy()).isEqualTo(respondBy);

		// once published, what the complainant wrote and their contact are gone from
		// intake
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(MongoDump.dumpDatabase(infrastructure.mongoUri(), "sujarit-intake")).isNotEmpty()
						.noneMatch((document) -> document.contains(description) || document.contains(email)));
	}

	@Test
	void aCorruptionComplaintIsRefusedAndPointedToTheWhistleblowerChannelLeavingNoTrace(Infrastructure infrastructure) {
		String name = canary("name");
		String email = canary("email").toLowerCase() + "@example.com";
		String description = canary("description");
		for (String category : List.of("BRIBERY", "PROCUREMENT", "CONFLICT_OF_INTEREST", "UNFAIR_SERVICE")) {
			Map<String, Object> complaint = Map.of("category", category, "subject", "ขอเงินใต้โต๊ะ", "description",
					description, "complainant", Map.of("name", name, "phone", "081-234-5678", "email", email));

			Response response = post(COMPLAINTS, complaint);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.errorFields()).containsExactly("category");
			assertThat(response.errorRule("category")).isEqualTo("whistleblower-channel");
			JsonNode error = response.body().path("errors").get(0);
			assertThat(error.path("message").asString()).contains("/api/v1/whistleblower/reports", "/whistleblower");
			assertThat(error.path("messageTh").asString()).contains("/api/v1/whistleblower/reports", "/whistleblower")
				.containsPattern("\\p{IsThai}");
			assertThat(response.toString()).doesNotContain(name, email, description);
		}
		// nothing was stored: the refusal came before any write
		assertThat(MongoDump.dumpDatabase(infrastructure.mongoUri(), "sujarit-intake")).noneMatch(
				(document) -> document.contains(name) || document.contains(email) || document.contains(description));

		// nothing was published: once a complaint filed afterwards is on the topic, the
		// refused ones would be too
		Response later = post(COMPLAINTS, Map.of("category", "ROADS", "subject", "s", "description", "d"));
		String code = later.body().path("trackingCode").asString();
		await().atMost(WAIT).until(() -> submitted(infrastructure, code), (s) -> s != null);
		TopicReader.readAllTopics(infrastructure.kafkaBootstrapServers())
			.forEach((topic, records) -> assertThat(records).as(topic)
				.noneMatch((record) -> contains(record, name) || contains(record, email)
						|| contains(record, description)));
	}

	private static boolean contains(TopicRecord record, String canary) {
		return record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(canary);
	}

	@Test
	void badInputIsRefusedNamingEachBadField() {
		Map<String, Object> complaint = new LinkedHashMap<>();
		complaint.put("category", "ROADS");
		complaint.put("subject", " ");
		complaint.put("description", "x".repeat(5001));
		complaint.put("location", Map.of("address", "a".repeat(501), "lat", 91, "lon", -181));
		complaint.put("complainant", Map.of("name", "n".repeat(201), "phone", "call me maybe", "email",
				"not-an-address", "lineId", "l".repeat(101)));

		Response response = post(COMPLAINTS, complaint);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.errorFields()).containsExactlyInAnyOrder("subject", "description", "location.address",
				"location.lat", "location.lon", "complainant.name", "complainant.phone", "complainant.email",
				"complainant.lineId");
		assertThat(response.errorRule("subject")).isEqualTo("required");
		assertThat(response.errorRule("complainant.email")).isEqualTo("email");
		assertThat(response.body().path("detailTh").asString()).isNotBlank();
	}

	@Test
	void unknownValuesAndTheWhistleblowerChannelAreRefused() {
		Response unknownCategory = post(COMPLAINTS, Map.of("category", "POTHOLES", "subject", "s", "description", "d"));
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.errorFields()).containsExactly("category");
		assertThat(unknownCategory.errorRule("category")).isEqualTo("one-of");

		Response whistleblower = post(COMPLAINTS,
				Map.of("category", "BRIBERY", "subject", "s", "description", "d", "channel", "WHISTLEBLOWER"));
		assertThat(whistleblower.status()).isEqualTo(400);
		assertThat(whistleblower.header("Content-Type")).startsWith("application/problem+json");
		// a corruption category on this channel is refused too (see below)
		assertThat(whistleblower.errorFields()).containsExactly("channel", "category");
		assertThat(whistleblower.body().path("errors").get(0).path("message").asString())
			.contains("/api/v1/whistleblower/reports");

		Response phone = post(COMPLAINTS,
				Map.of("category", "NUISANCE", "subject", "เสียงดัง", "description", "ทุกคืน", "channel", "PHONE"));
		assertThat(phone.status()).isEqualTo(202);
	}

	@Test
	void bodiesOverTheLimitAreRefused() {
		byte[] body = ("{\"category\":\"ROADS\",\"subject\":\"s\",\"description\":\"" + "x".repeat(300 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		Response response = postRaw(COMPLAINTS, body);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anUnknownCodeIsNotFound() {
		Response response = get(COMPLAINTS + "/SJ-00000-00000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().path("detail").asString()).isNotBlank();
		assertThat(response.body().path("detailTh").asString()).startsWith("ไม่พบ");

		assertThat(get(COMPLAINTS + "/not-a-code").status()).isEqualTo(404);
	}

	@Test
	void statusChangesFromCaseTrackingShowInThePublicView() throws Exception {
		Response filed = post(COMPLAINTS,
				Map.of("category", "WASTE", "subject", "ขยะไม่ได้เก็บ", "description", "สามวันแล้ว"));
		String code = filed.body().path("trackingCode").asString();
		Instant respondBy = Instant.parse(filed.body().path("respondBy").asString());
		Instant extended = respondBy.plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

		publishStatus(code, Channel.WEB, 1, CaseStatus.RECEIVED, null, respondBy, null);
		publishStatus(code, Channel.WEB, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED, respondBy,
				"รับเรื่องแล้ว กองสาธารณสุขฯ กำลังดำเนินการ");
		// redelivered: must not add a second entry
		publishStatus(code, Channel.WEB, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED, respondBy,
				"รับเรื่องแล้ว กองสาธารณสุขฯ กำลังดำเนินการ");
		publishStatus(code, Channel.WEB, 3, CaseStatus.IN_PROGRESS, CaseStatus.ACKNOWLEDGED, extended,
				"ขยายเวลา: รอรถเก็บขยะคันใหม่");

		// events of one case are ordered, so once version 3 shows, the duplicate was seen
		JsonNode view = await().atMost(WAIT)
			.until(() -> get(COMPLAINTS + "/" + code).body(),
					(body) -> "IN_PROGRESS".equals(body.path("status").asString()));
		assertThat(Instant.parse(view.path("respondBy").asString())).isEqualTo(extended);
		List<String> timeline = new ArrayList<>();
		for (JsonNode update : view.path("updates")) {
			timeline.add(update.path("status").asString() + ":" + update.path("message").asString(""));
		}
		assertThat(timeline).containsExactly("RECEIVED:", "ACKNOWLEDGED:รับเรื่องแล้ว กองสาธารณสุขฯ กำลังดำเนินการ",
				"IN_PROGRESS:ขยายเวลา: รอรถเก็บขยะคันใหม่");
	}

	@Test
	void aComplaintAClerkRecordedInCaseTrackingGetsAPublicViewFromItsOpeningEvent() throws Exception {
		// digits only: a valid code in intake's Crockford base32 alphabet
		String code = String.format("SJ-%05d-%05d", ThreadLocalRandom.current().nextInt(100000),
				ThreadLocalRandom.current().nextInt(100000));
		Instant respondBy = Instant.now().plus(Duration.ofDays(14));
		publishStatus(code, Channel.PHONE, 1, CaseStatus.RECEIVED, null, respondBy, null);
		publishStatus(code, Channel.PHONE, 2, CaseStatus.ACKNOWLEDGED, CaseStatus.RECEIVED, respondBy, "รับเรื่องแล้ว");
		// the opening event again must not reset the view
		publishStatus(code, Channel.PHONE, 1, CaseStatus.RECEIVED, null, respondBy, null);

		JsonNode view = await().atMost(WAIT)
			.until(() -> get(COMPLAINTS + "/" + code).body(),
					(body) -> "ACKNOWLEDGED".equals(body.path("status").asString()));
		assertThat(view.path("trackingCode").asString()).isEqualTo(code);
		assertThat(Instant.parse(view.path("respondBy").asString()))
			.isEqualTo(respondBy.truncatedTo(ChronoUnit.MILLIS));
		assertThat(view.path("updates")).hasSize(2);
	}

	private ComplaintSubmitted submitted(Infrastructure infrastructure, String code) {
		for (TopicRecord record : TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS)) {
			if (code.equals(record.key())) {
				ReceivedEvent<ComplaintSubmitted> event = this.codec.decode(EventType.COMPLAINT_SUBMITTED,
						record.value());
				assertThat(event.subject()).isEqualTo(code);
				return event.data();
			}
		}
		return null;
	}

}
