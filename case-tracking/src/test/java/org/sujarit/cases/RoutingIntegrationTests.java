package org.sujarit.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class RoutingIntegrationTests extends CaseTrackingIntegrationTest {

	@Test
	void aReportAccusingTheLegalUnitGoesToItsNextLevelAndOnlySupervisorsSeeIt() throws Exception {
		ReportSanitized report = this.cases.report(Category.BRIBERY, "LEGAL");
		String path = "/api/v1/cases/" + report.submissionId();

		JsonNode detail = this.staff.get("supervisor", path).body();
		assertThat(detail.get("unit").asString()).isEqualTo("CLERK_OFFICE");
		assertThat(detail.get("corruption").asBoolean()).isTrue();
		JsonNode routed = this.staff.get("auditor", path + "/audit").body().get(1);
		assertThat(routed.get("action").asString()).isEqualTo("ROUTED");
		assertThat(routed.get("message").asString()).contains("Conflict of interest", "LEGAL", "CLERK_OFFICE");
		assertThat(this.staff.get("legal", path).status()).isEqualTo(404);
		assertThat(this.staff.get("clerk", path).status()).isEqualTo(404);
		assertThat(this.staff.get("supervisor", "/api/v1/cases?queue=CLERK_OFFICE&size=200")
			.body()
			.findValuesAsString("caseId")).contains(report.submissionId());
	}

	@Test
	void aCorruptionCaseCannotBeReassignedOffTheLegalTrack() throws Exception {
		ReportSanitized report = this.cases.report(Category.BRIBERY, null);
		String path = "/api/v1/cases/" + report.submissionId();

		Reply moved = this.staff.post("supervisor", path + "/reassign",
				Map.of("unit", "PUBLIC_WORKS", "reason", "Looks like a roads matter"));

		assertThat(moved.status()).as("%s", moved.body()).isEqualTo(400);
		assertThat(moved.body().findValuesAsString("field")).containsExactly("unit");
		assertThat(moved.body().findValuesAsString("rule")).containsExactly("corruption-track");
		assertThat(moved.body().get("detailTh").asString()).isNotBlank();
		assertThat(this.staff.get("supervisor", path).body().get("unit").asString()).isEqualTo("LEGAL");
		assertThat(this.staff.get("legal", path).status()).isEqualTo(200);
		// the next level for a conflict of interest with the legal unit stays allowed
		Reply nextLevel = this.staff.post("supervisor", path + "/reassign",
				Map.of("unit", "CLERK_OFFICE", "reason", "The report names an official of the legal unit"));
		assertThat(nextLevel.status()).as("%s", nextLevel.body()).isEqualTo(200);
		assertThat(nextLevel.body().get("unit").asString()).isEqualTo("CLERK_OFFICE");
	}

	@Test
	void aReassignedCaseKeepsItsDueDateAndLeavesTheOldUnit() throws Exception {
		ComplaintSubmitted complaint = this.cases.complaint(Category.ROADS);
		String path = "/api/v1/cases/" + complaint.trackingCode();
		// the SLA policy set it at opening
		String due = this.staff.get("head", path).body().get("respondBy").asString();

		assertThat(this.staff.post("officer", path + "/reassign", Map.of("unit", "FINANCE", "reason", "x")).status())
			.isEqualTo(403);
		Reply noReason = this.staff.post("head", path + "/reassign", Map.of("unit", "FINANCE"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().findValuesAsString("field")).containsExactly("reason");
		Reply reassigned = this.staff.post("head", path + "/reassign",
				Map.of("unit", "FINANCE", "reason", "The road belongs to the market lease: finance handles it"));
		assertThat(reassigned.status()).isEqualTo(200);
		assertThat(reassigned.body().get("unit").asString()).isEqualTo("FINANCE");
		assertThat(reassigned.body().get("respondBy").asString()).isEqualTo(due);

		List<ReceivedEvent<CaseStatusChanged>> events = this.cases.awaitStatusEvents(complaint.trackingCode(), 2);
		assertThat(events.get(1).data().change()).isEqualTo(CaseChange.REASSIGNED);
		assertThat(events.get(1).data().unit()).isEqualTo("FINANCE");
		assertThat(events.get(1).data().respondBy()).isEqualTo(Instant.parse(due));
		assertThat(this.staff.get("officer", path).status()).isEqualTo(404);
		JsonNode entry = this.staff.get("supervisor", path + "/audit").body().get(2);
		assertThat(entry.get("action").asString()).isEqualTo("REASSIGNED");
		assertThat(entry.get("by").asString()).isEqualTo("head");
		assertThat(entry.get("detail").asString()).isEqualTo("PUBLIC_WORKS -> FINANCE");
		assertThat(entry.get("message").asString()).contains("market lease");
	}

	@Test
	void theRoutingPolicyIsForAdministratorsSupervisorsAndAuditors() throws Exception {
		Reply policy = this.staff.get("admin", "/api/v1/admin/routing");
		assertThat(policy.status()).isEqualTo(200);
		assertThat(policy.body().get("categories").get("BRIBERY").asString()).isEqualTo("LEGAL");
		assertThat(policy.body().get("nextLevel").get("LEGAL").asString()).isEqualTo("CLERK_OFFICE");
		assertThat(this.staff.get("officer", "/api/v1/admin/routing").status()).isEqualTo(403);
		assertThat(this.staff.get("admin", "/api/v1/cases?queue=LEGAL").status()).isEqualTo(403);
	}

}
