package org.sujarit.cases.whistleblower;

import java.io.ByteArrayOutputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import org.bson.BsonString;
import org.bson.Document;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a case's evidence file, for whoever may read the case.
 */
@RestController
class EvidenceController {

	private final CaseHandling handling;

	private final GridFSBucket evidence;

	EvidenceController(CaseHandling handling, GridFSBucket evidence) {
		this.handling = handling;
		this.evidence = evidence;
	}

	@GetMapping("/api/v1/cases/{caseId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String evidenceId, StaffUser staff) {
		CaseDocument current = this.handling.checked(staff, caseId, Operation.READ);
		Document file = current.evidence()
			.stream()
			.filter((item) -> evidenceId.equals(item.getString("evidenceId")))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("The evidence", "หลักฐานนี้"));
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		this.evidence.downloadToStream(new BsonString(evidenceId), content);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getString("contentType")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getString("fileName")).build().toString())
			.body(content.toByteArray());
	}

}
