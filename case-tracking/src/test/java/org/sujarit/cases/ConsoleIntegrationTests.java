package org.sujarit.cases;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.cases.console.ConsoleUser;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.testkit.SujaritIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The staff console's pages against the running service: who sees which case and queue
 * (the API's rules), stale versions, field errors in the user's language, sign-in and the
 * security headers. Staff are signed in with an OpenID Connect login mock carrying the
 * same claims the access token would.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class ConsoleIntegrationTests extends CaseTrackingIntegrationTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void console() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anOfficerOfAnotherUnitGetsNotFoundAndOnlyTheLegalUnitSeesACorruptionCase() throws Exception {
		ComplaintSubmitted roads = this.cases.complaint(Category.ROADS);
		ReportSanitized report = this.cases.report(Category.BRIBERY, null);

		MvcResult own = page("officer", "/console/cases/" + roads.trackingCode(), 200);
		assertThat(body(own)).contains(roads.subject()).contains("รับทราบเรื่อง");
		assertThat(body(page("officer2", "/console/cases/" + roads.trackingCode(), 404))).contains("ไม่พบเรื่องนี้")
			.contains("officer2")
			.doesNotContain(roads.subject());

		page("officer", "/console/cases/" + report.submissionId(), 404);
		page("head", "/console/cases/" + report.submissionId(), 404);
		page("clerk", "/console/cases/" + report.submissionId(), 404);
		page("custodian", "/console/cases/" + report.submissionId(), 404);
		String legal = body(page("legal", "/console/cases/" + report.submissionId(), 200));
		assertThat(legal).contains(report.pseudonym()).contains("ผู้แจ้งนามแฝง");
		// the auditor reads everything, works nothing
		String audit = body(page("auditor", "/console/cases/" + report.submissionId(), 200));
		assertThat(audit).contains("audit trail").doesNotContain("/act/acknowledge");

		// queues: an officer lists only their unit's, and never a corruption case
		page("officer", "/console/queue?unit=LEGAL", 403);
		assertThat(body(page("officer", "/console/queue?unit=PUBLIC_WORKS", 200))).contains(roads.trackingCode())
			.doesNotContain(report.submissionId());
		assertThat(body(page("legal", "/console/queue", 200))).contains(report.submissionId());
	}

	@Test
	void aStaleFormShowsTheConflictAndOverwritesNothing() throws Exception {
		ComplaintSubmitted roads = this.cases.complaint(Category.ROADS);
		String path = "/console/cases/" + roads.trackingCode();
		// two officers open the page at version 1; the first acknowledges
		this.mvc.perform(post(path + "/act/acknowledge").param("version", "1").with(as("officer")).with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
		// the second resolves from the page they loaded before
		MvcResult stale = this.mvc
			.perform(post(path + "/act/resolve").param("version", "1")
				.param("message", "ซ่อมแล้ว")
				.with(as("head"))
				.with(csrf()))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("ระบบไม่ได้บันทึกทับ")
			.contains("ขณะนี้เป็นฉบับที่ 2")
			.contains("ซ่อมแล้ว")
			.contains("name=\"version\" value=\"2\"");
		assertThat(
				this.staff.get("supervisor", "/api/v1/cases/" + roads.trackingCode()).body().get("status").asString())
			.isEqualTo("ACKNOWLEDGED");
		// a note from a stale page is refused too
		assertThat(this.mvc
			.perform(post(path + "/note").param("version", "1").param("text", "x").with(as("officer")).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);
	}

	@Test
	void fieldErrorsAreShownNextToTheFieldInTheUsersLanguage() throws Exception {
		ComplaintSubmitted roads = this.cases.complaint(Category.ROADS);
		String path = "/console/cases/" + roads.trackingCode();
		MvcResult thai = this.mvc.perform(
				post(path + "/act/reject").param("version", "1").param("reason", "").with(as("officer")).with(csrf()))
			.andReturn();
		assertThat(thai.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(thai)).contains("id=\"reject-reason-error\"")
			.contains("id=\"reject-redirectTo-error\"")
			.contains("ต้องระบุ")
			.contains("aria-invalid=\"true\"");
		MvcResult english = this.mvc
			.perform(post(path + "/extend").param("lang", "en")
				.param("version", "1")
				.param("newDueDate", "2000-01-01")
				.param("explanation", "")
				.with(as("officer"))
				.with(csrf()))
			.andReturn();
		assertThat(english.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(english)).contains("lang=\"en\"").contains("id=\"extend-explanation-error\"");
		// recording: the clerk's form names each bad field
		MvcResult record = this.mvc
			.perform(
					post("/console/record").param("channel", "FAX").param("subject", "").with(as("clerk")).with(csrf()))
			.andReturn();
		assertThat(record.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(record)).contains("record-channel-error")
			.contains("record-receivedAt-error")
			.contains("record-category-error")
			.contains("record-subject-error");
		page("officer", "/console/record", 403);
	}

	@Test
	void anOfficerClaimsACaseAndFindsItUnderTheirOwnCases() throws Exception {
		ComplaintSubmitted roads = this.cases.complaint(Category.ROADS);
		String mine = "/console/queue?unit=PUBLIC_WORKS&assignee=me";
		assertThat(body(page("officer", mine, 200))).doesNotContain(roads.trackingCode());
		assertThat(body(page("officer", "/console/queue?unit=PUBLIC_WORKS&assignee=none", 200)))
			.contains(roads.trackingCode());
		this.mvc
			.perform(post("/console/cases/" + roads.trackingCode() + "/claim").param("version", "1")
				.with(as("officer"))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
		assertThat(body(page("officer", mine, 200))).contains(roads.trackingCode());
		// bad filters are named next to their field, not a server error
		assertThat(body(page("officer", "/console/queue?unit=PUBLIC_WORKS&due=2w", 400)))
			.contains("ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: overdue, 1d, 3d, 7d");
	}

	@Test
	void aClerkRecordsAPhoneComplaintWithItsRealDateOfReceipt() throws Exception {
		MvcResult recorded = this.mvc
			.perform(post("/console/record").param("channel", "PHONE")
				.param("receivedAt",
						java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Bangkok"))
							.minusDays(2)
							.withNano(0)
							.toString())
				.param("category", "WASTE")
				.param("subject", "ขยะไม่ถูกเก็บ")
				.param("description", "ขยะหน้าบ้านไม่ถูกเก็บมาสามวัน")
				.with(as("clerk"))
				.with(csrf()))
			.andReturn();
		assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
		Object flash = recorded.getFlashMap().get("recorded");
		assertThat(flash).isNotNull();
		assertThat(flash.toString()).contains("PUBLIC_HEALTH_ENVIRONMENT");
	}

	@Test
	void signInIsRequiredFormsNeedTheCsrfTokenAndPagesAreNeverCached() throws Exception {
		MvcResult anonymous = this.mvc.perform(get("/console/queue")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/oauth2/authorization/sujarit");
		MvcResult start = this.mvc.perform(get("/oauth2/authorization/sujarit")).andReturn();
		assertThat(start.getResponse().getRedirectedUrl()).startsWith("http://localhost:9000/oauth2/authorize")
			.contains("client_id=sujarit-console")
			.contains("code_challenge=")
			.contains("code_challenge_method=S256");

		ComplaintSubmitted roads = this.cases.complaint(Category.ROADS);
		assertThat(this.mvc
			.perform(post("/console/cases/" + roads.trackingCode() + "/act/acknowledge").param("version", "1")
				.with(as("officer")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		MvcResult queue = page("officer", "/console/queue", 200);
		assertThat(queue.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(queue.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(queue.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(body(queue)).contains("lang=\"th\"").contains("href=\"#main\"").contains("name=\"_csrf\"");
		// the staff API is still bearer-only: a console session is no API credential
		assertThat(this.mvc.perform(get("/api/v1/cases?queue=PUBLIC_WORKS").with(as("officer")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
	}

	private MvcResult page(String user, String path, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(user + " GET " + path).isEqualTo(status);
		return result;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	// signed in as a demo user of StaffHttp, with the claims its access token carries
	private static RequestPostProcessor as(String user) {
		StaffUser staff = switch (user) {
			case "clerk" -> staff(user, "CLERK_OFFICE", StaffRole.INTAKE_CLERK);
			case "officer" -> staff(user, "PUBLIC_WORKS", StaffRole.OFFICER);
			case "officer2" -> staff(user, "PUBLIC_HEALTH_ENVIRONMENT", StaffRole.OFFICER);
			case "legal" -> staff(user, "LEGAL", StaffRole.LEGAL_OFFICER);
			case "head" -> staff(user, "PUBLIC_WORKS", StaffRole.UNIT_HEAD);
			case "custodian" -> staff(user, null, StaffRole.CUSTODIAN);
			case "auditor" -> staff(user, null, StaffRole.AUDITOR);
			default -> staff(user, null, StaffRole.SUPERVISOR);
		};
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject(user)
			.claim(StaffUser.USERNAME_CLAIM, user)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		return oidcLogin().oidcUser(new ConsoleUser(idToken, null, staff));
	}

	private static StaffUser staff(String user, String unit, StaffRole role) {
		return new StaffUser(user, user, unit, EnumSet.of(role));
	}

}
