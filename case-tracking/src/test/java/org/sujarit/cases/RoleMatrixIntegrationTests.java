package org.sujarit.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.cases.StaffHttp.Reply;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.SanitizedEvidence;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.SujaritIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Walks every staff endpoint against every role over real HTTP, each call on a case of
 * its own in the state the call needs, and writes the answers as a markdown table to
 * {@code target/role-matrix.md}. A general case is in PUBLIC_WORKS and was recorded by
 * the intake clerk; a corruption case is in LEGAL.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class RoleMatrixIntegrationTests {

	/** A due date well after any fresh case's own, for extensions. */
	private static final LocalDate LATER = LocalDate.now(ZoneId.of("Asia/Bangkok")).plusDays(40);

	// one demonstration account per role (case-tracking.yml)
	private static final Map<StaffRole, String> ACCOUNTS = accounts();

	@LocalServerPort
	private int port;

	private StaffHttp staff;

	@DynamicPropertySource
	static void sealingKeys(DynamicPropertyRegistry registry) throws IOException {
		Path keys = StaffHttp.sealingKeys();
		StaffHttp.register(registry);
		registry.add("sujarit.cases.reclassification.sealing-keyset",
				() -> keys.resolve(Keysets.SEALING_PUBLIC).toString());
	}

	@Test
	void everyStaffEndpointAgainstEveryRole(Infrastructure infrastructure) throws Exception {
		this.staff = new StaffHttp(this.port);
		String evidence = evidence(new CaseFixtures(infrastructure, this.staff));
		String photo = photo(new CaseFixtures(infrastructure, this.staff));
		List<Row> rows = new ArrayList<>();
		// expected answers in role order: clerk, officer, legal officer, unit head,
		// supervisor, custodian, auditor, administrator
		rows.add(row("GET /cases?queue=PUBLIC_WORKS", "403 200 403 200 200 403 200 403",
				(user) -> this.staff.get(user, "/api/v1/cases?queue=PUBLIC_WORKS")));
		rows.add(row("GET /cases?queue=LEGAL", "403 403 200 403 200 403 200 403",
				(user) -> this.staff.get(user, "/api/v1/cases?queue=LEGAL")));
		rows.add(row("GET /cases/counts?queue=PUBLIC_WORKS", "403 200 403 200 200 403 200 403",
				(user) -> this.staff.get(user, "/api/v1/cases/counts?queue=PUBLIC_WORKS")));
		rows.add(row("GET /cases/{general}", "200 200 404 200 200 404 200 404",
				(user) -> this.staff.get(user, path(general()))));
		rows.add(row("GET /cases/{corruption}", "404 404 200 404 200 404 200 404",
				(user) -> this.staff.get(user, path(corruption()))));
		rows.add(row("GET /cases/{general}/audit", "403 403 404 403 200 404 200 404",
				(user) -> this.staff.get(user, path(general()) + "/audit")));
		rows.add(row("GET /cases/{corruption}/audit", "404 404 403 404 200 404 200 404",
				(user) -> this.staff.get(user, path(corruption()) + "/audit")));
		String work = "403 200 404 200 200 404 403 404";
		rows.add(row("POST /cases/{general}/acknowledge", work, (user) -> act(user, general(), "acknowledge")));
		rows.add(row("POST /cases/{general}/start", work, (user) -> act(user, general("acknowledge"), "start")));
		rows.add(row("POST /cases/{general}/await-complainant", work, (user) -> act(user,
				general("acknowledge", "start"), "await-complainant", Map.of("message", "Please send a photo"))));
		rows.add(row("POST /cases/{general}/resume", work,
				(user) -> act(user, general("acknowledge", "start", "await-complainant"), "resume")));
		rows.add(row("POST /cases/{general}/resolve", work,
				(user) -> act(user, general(), "resolve", Map.of("message", "Fixed"))));
		rows.add(row("POST /cases/{general}/close", work, (user) -> act(user, general("resolve"), "close")));
		rows.add(row("POST /cases/{general}/reject", work,
				(user) -> act(user, general(), "reject", Map.of("reason", "Not ours", "redirectTo", "Highways"))));
		rows.add(row("POST /cases/{general}/refer", work,
				(user) -> act(user, general(), "refer", Map.of("to", "DAMRONGTHAM"))));
		rows.add(row("POST /cases/{general}/reopen", "403 403 404 403 200 404 403 404",
				(user) -> act(user, general("resolve"), "reopen", Map.of("reason", "Back again"))));
		rows.add(row("POST /cases/{general}/notes", work,
				(user) -> act(user, general(), "notes", Map.of("text", "Internal"))));
		rows.add(row("POST /cases/{general}/messages", work,
				(user) -> act(user, general(), "messages", Map.of("message", "On our way"))));
		rows.add(row("POST /cases/{general}/extension", work, (user) -> act(user, general(), "extension",
				Map.of("newDueDate", LATER.toString(), "explanation", "Waiting for the contractor's quote"))));
		rows.add(row("POST /cases/{general}/claim", "403 200 404 403 403 404 403 404",
				(user) -> act(user, general(), "claim")));
		rows.add(row("POST /cases/{general}/assign", "403 403 404 200 200 404 403 404",
				(user) -> act(user, general(), "assign", Map.of("assignee", "officer"))));
		rows.add(row("POST /cases/{general}/reassign", "403 403 404 200 200 404 403 404",
				(user) -> act(user, general(), "reassign", Map.of("unit", "FINANCE", "reason", "Lease"))));
		rows.add(row("POST /cases/{general}/reclassify", work,
				(user) -> act(user, general(), "reclassify", Map.of("category", "BRIBERY"))));
		String legalWork = "404 404 200 404 200 404 403 404";
		rows.add(row("POST /cases/{corruption}/acknowledge", legalWork,
				(user) -> act(user, corruption(), "acknowledge")));
		rows.add(row("POST /cases/{corruption}/messages", legalWork,
				(user) -> act(user, corruption(), "messages", Map.of("message", "We are looking into it"))));
		rows.add(row("POST /cases/{corruption}/extension", legalWork, (user) -> act(user, corruption(), "extension",
				Map.of("newDueDate", LATER.toString(), "explanation", "Waiting for the audit office's records"))));
		rows.add(row("POST /cases/{corruption}/claim", "404 404 200 404 403 404 403 404",
				(user) -> act(user, corruption(), "claim")));
		rows.add(row("POST /cases/{corruption}/reopen", "404 404 403 404 200 404 403 404",
				(user) -> act(user, corruption("resolve"), "reopen", Map.of("reason", "New evidence"))));
		rows.add(row("GET /cases/{report}/evidence/{id}", "404 404 200 404 200 404 200 404",
				(user) -> this.staff.get(user, evidence)));
		rows.add(row("GET /cases/{general}/photos", "200 200 404 200 200 404 200 404",
				(user) -> this.staff.get(user, photo.substring(0, photo.lastIndexOf('/')))));
		rows.add(row("GET /cases/{general}/photos/{id}", "200 200 404 200 200 404 200 404",
				(user) -> this.staff.get(user, photo)));
		rows.add(row("POST /cases/recorded", "201 403 403 403 403 403 403 403",
				(user) -> this.staff.post(user, "/api/v1/cases/recorded", recording("ROADS"))));
		rows.add(row("GET /cases/recorded", "200 403 403 403 403 403 403 403",
				(user) -> this.staff.get(user, "/api/v1/cases/recorded")));
		rows.add(row("GET /admin/routing", "403 403 403 403 200 403 200 200",
				(user) -> this.staff.get(user, "/api/v1/admin/routing")));

		StringBuilder table = new StringBuilder("| endpoint |");
		ACCOUNTS.keySet().forEach((role) -> table.append(' ').append(role.name()).append(" |"));
		table.append("\n|---|");
		ACCOUNTS.keySet().forEach((role) -> table.append("---|"));
		table.append('\n');
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			table.append("| `").append(row.name()).append("` |");
			int i = 0;
			for (Map.Entry<StaffRole, String> account : ACCOUNTS.entrySet()) {
				int status = row.call().call(account.getValue()).status();
				int expected = Integer.parseInt(row.expected()[i++]);
				table.append(' ').append(status).append((status < 300) ? " allowed" : " refused").append(" |");
				if (status != expected) {
					mismatches.add(row.name() + " as " + account.getKey() + ": " + status + ", expected " + expected);
				}
			}
			table.append('\n');
		}
		table.append("\n404 = the case is not visible to the role (its existence does not leak); 403 = visible or ")
			.append("not case-specific, but not allowed.\n");
		Path report = Path.of("target", "role-matrix.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, table.toString());
		assertThat(mismatches).as("role matrix (see %s)", report.toAbsolutePath()).isEmpty();
	}

	// a whistleblower report with one evidence file: the path of the file
	private String evidence(CaseFixtures cases) throws Exception {
		ReportSanitized report = cases.report(Category.PROCUREMENT, "FINANCE");
		String followUpId = "FU-" + CaseFixtures.suffix();
		byte[] file = "%PDF-1.4 matrix".getBytes(StandardCharsets.UTF_8);
		FollowUpSanitized evidence = new FollowUpSanitized(
				report.submissionId(), followUpId, FollowUpKind.EVIDENCE, null, new SanitizedEvidence("evidence-1.pdf",
						"application/pdf", file.length, "00", Base64.getEncoder().encodeToString(file)),
				false, report.pseudonym(), null, Instant.now());
		cases.send(Topics.REPORTS_SANITIZED, report.submissionId(), cases.codec()
			.encode(EventType.FOLLOW_UP_SANITIZED, followUpId, report.submissionId(), Instant.now(), evidence));
		String path = path(report.submissionId()) + "/evidence/" + followUpId;
		await().atMost(CaseFixtures.PATIENCE)
			.untilAsserted(() -> assertThat(this.staff.get("supervisor", path).status()).isEqualTo(200));
		return path;
	}

	// a general case with one photo: the path of the photo
	private String photo(CaseFixtures cases) throws Exception {
		String caseId = general();
		byte[] bytes = "\u0089PNG matrix".getBytes(StandardCharsets.ISO_8859_1);
		String photoId = "PH-" + CaseFixtures.suffix() + CaseFixtures.suffix();
		ComplaintPhotoAttached photo = new ComplaintPhotoAttached(caseId, photoId, "image/png", "photo-1.png",
				bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
				Instant.now(), Base64.getEncoder().encodeToString(bytes));
		cases.send(Topics.COMPLAINT_PHOTOS, caseId, cases.codec()
			.encode(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + photoId, caseId, Instant.now(), photo));
		String path = path(caseId) + "/photos/" + photoId;
		await().atMost(CaseFixtures.PATIENCE)
			.untilAsserted(() -> assertThat(this.staff.get("supervisor", path).status()).isEqualTo(200));
		return path;
	}

	private String general(String... steps) throws Exception {
		return prepared("ROADS", steps);
	}

	private String corruption(String... steps) throws Exception {
		return prepared("BRIBERY", steps);
	}

	private String prepared(String category, String... steps) throws Exception {
		Reply recorded = this.staff.post("clerk", "/api/v1/cases/recorded", recording(category));
		assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
		String caseId = recorded.body().get("trackingCode").asString();
		for (String step : steps) {
			Map<String, Object> body = switch (step) {
				case "await-complainant", "resolve" -> Map.of("message", "Step " + step);
				default -> Map.of();
			};
			Reply moved = this.staff.post("supervisor", path(caseId) + "/" + step, body);
			assertThat(moved.status()).as("%s %s", step, moved.body()).isEqualTo(200);
		}
		return caseId;
	}

	private Reply act(String user, String caseId, String action) throws Exception {
		return act(user, caseId, action, Map.of());
	}

	private Reply act(String user, String caseId, String action, Map<String, Object> body) throws Exception {
		return this.staff.post(user, path(caseId) + "/" + action, body);
	}

	private static String path(String caseId) {
		return "/api/v1/cases/" + caseId;
	}

	private static Map<String, Object> recording(String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", "PHONE");
		body.put("receivedAt", Instant.now().minus(Duration.ofHours(3)).toString());
		body.put("category", category);
		body.put("subject", "Matrix case");
		body.put("description", "A case for the role matrix");
		return body;
	}

	private static Row row(String name, String expected, Call call) {
		return new Row(name, expected.split(" "), call);
	}

	private static Map<StaffRole, String> accounts() {
		Map<StaffRole, String> accounts = new LinkedHashMap<>();
		accounts.put(StaffRole.INTAKE_CLERK, "clerk");
		accounts.put(StaffRole.OFFICER, "officer");
		accounts.put(StaffRole.LEGAL_OFFICER, "legal");
		accounts.put(StaffRole.UNIT_HEAD, "head");
		accounts.put(StaffRole.SUPERVISOR, "supervisor");
		accounts.put(StaffRole.CUSTODIAN, "custodian");
		accounts.put(StaffRole.AUDITOR, "auditor");
		accounts.put(StaffRole.ADMINISTRATOR, "admin");
		return accounts;
	}

	@FunctionalInterface
	interface Call {

		Reply call(String user) throws Exception;

	}

	record Row(String name, String[] expected, Call call) {
	}

}
