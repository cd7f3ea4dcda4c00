package org.sujarit.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class QueueIntegrationTests extends CaseTrackingIntegrationTest {

	@Test
	void queuesFilterByDueWindowChannelAndCategorySortedByDueDateAndPaged() throws Exception {
		Instant now = Instant.now();
		ComplaintSubmitted overdue = this.cases.complaint(Category.EDUCATION_CHILDCARE, Channel.PHONE,
				now.minus(Duration.ofDays(16)), now.minus(Duration.ofHours(1)));
		ComplaintSubmitted soon = this.cases.complaint(Category.EDUCATION_CHILDCARE, Channel.LINE,
				now.minus(Duration.ofDays(13)), now.plus(Duration.ofDays(2)));
		ComplaintSubmitted later = this.cases.complaint(Category.EDUCATION_CHILDCARE, Channel.WEB,
				now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(10)));
		List<String> mine = List.of(overdue.trackingCode(), soon.trackingCode(), later.trackingCode());

		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200", mine)).containsExactly(overdue.trackingCode(),
				soon.trackingCode(), later.trackingCode());
		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200&due=overdue", mine))
			.containsExactly(overdue.trackingCode());
		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200&due=3d", mine)).containsExactly(soon.trackingCode());
		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200&due=1d", mine)).isEmpty();
		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200&channel=LINE,PHONE", mine))
			.containsExactly(overdue.trackingCode(), soon.trackingCode());
		assertThat(ids("/api/v1/cases?queue=EDUCATION&size=200&category=ROADS", mine)).isEmpty();
		JsonNode first = this.staff.get("supervisor", "/api/v1/cases?queue=EDUCATION&size=1&due=overdue").body();
		assertThat(first.get("items")).hasSize(1);
		assertThat(first.get("items").get(0).get("overdue").asBoolean()).isTrue();

		Reply bad = this.staff.get("supervisor", "/api/v1/cases?queue=EDUCATION&due=2w&channel=FAX");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().findValuesAsString("field")).containsExactlyInAnyOrder("due", "channel");

		JsonNode counts = this.staff.get("supervisor", "/api/v1/cases/counts?queue=EDUCATION").body();
		assertThat(counts.get("counts").get("RECEIVED").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(counts.get("counts").get("CLOSED").asLong()).isZero();
		assertThat(this.staff.get("officer", "/api/v1/cases/counts?queue=EDUCATION").status()).isEqualTo(403);
	}

	@Test
	void anOfficerClaimsAnUnassignedCaseAndAUnitHeadAssigns() throws Exception {
		ComplaintSubmitted first = this.cases.complaint(Category.STREET_LIGHTING);
		ComplaintSubmitted second = this.cases.complaint(Category.STREET_LIGHTING);
		String path = "/api/v1/cases/" + first.trackingCode();

		assertThat(ids("/api/v1/cases?queue=PUBLIC_WORKS&size=200&assignee=none", "officer",
				List.of(first.trackingCode())))
			.containsExactly(first.trackingCode());
		Reply claimed = this.staff.post("officer", path + "/claim", null);
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.body().get("assignee").asString()).isEqualTo("officer");
		assertThat(this.staff.post("officer", path + "/claim", null).status()).isEqualTo(409);
		assertThat(this.staff.post("officer2", path + "/claim", null).status()).isEqualTo(404);
		assertThat(this.staff.post("head", "/api/v1/cases/" + second.trackingCode() + "/claim", null).status())
			.isEqualTo(403);
		assertThat(this.staff
			.post("officer", "/api/v1/cases/" + second.trackingCode() + "/assign", Map.of("assignee", "officer"))
			.status()).isEqualTo(403);
		Reply assigned = this.staff.post("head", "/api/v1/cases/" + second.trackingCode() + "/assign",
				Map.of("assignee", "officer"));
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(ids("/api/v1/cases?queue=PUBLIC_WORKS&size=200&assignee=me", "officer",
				List.of(first.trackingCode(), second.trackingCode())))
			.containsExactlyInAnyOrder(first.trackingCode(), second.trackingCode());
		assertThat(this.staff.get("officer", "/api/v1/cases?queue=EDUCATION").status()).isEqualTo(403);
		JsonNode audit = this.staff.get("supervisor", path + "/audit").body();
		assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("CLAIMED");
	}

	private List<String> ids(String path, List<String> among) throws Exception {
		return ids(path, "supervisor", among);
	}

	private List<String> ids(String path, String user, List<String> among) throws Exception {
		Reply reply = this.staff.get(user, path);
		assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
		return reply.body().get("items").findValuesAsString("caseId").stream().filter(among::contains).toList();
	}

}
