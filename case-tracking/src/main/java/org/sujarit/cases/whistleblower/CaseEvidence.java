package org.sujarit.cases.whistleblower;

import java.io.ByteArrayOutputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import org.bson.BsonString;
import org.bson.Document;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.Attachment;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.stereotype.Component;

/**
 * A reporter's evidence file, scrubbed, for whoever may read its case: the staff API and
 * the console both download it here.
 */
@Component
public class CaseEvidence {

	private final CaseHandling handling;

	private final GridFSBucket evidence;

	CaseEvidence(CaseHandling handling, GridFSBucket evidence) {
		this.handling = handling;
		this.evidence = evidence;
	}

	/**
	 * One evidence file of a case.
	 * @param staff who asks; the case's access rules decide (404 when it is not theirs)
	 * @param caseId the case
	 * @param evidenceId the file's id in the case's evidence list
	 * @return the file
	 */
	public Attachment file(StaffUser staff, String caseId, String evidenceId) {
		Document file = this.handling.checked(staff, caseId, Operation.READ)
			.evidence()
			.stream()
			.filter((item) -> evidenceId.equals(item.getString("evidenceId")))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("The evidence", "หลักฐานนี้"));
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		this.evidence.downloadToStream(new BsonString(evidenceId), content);
		return new Attachment(file.getString("fileName"), file.getString("contentType"), content.toByteArray());
	}

}
