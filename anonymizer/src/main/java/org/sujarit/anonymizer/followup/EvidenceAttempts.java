package org.sujarit.anonymizer.followup;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts how often the evidence file of each follow-up was taken up for scrubbing, in
 * {@code vault_evidence_attempts} (one small document per follow-up, {@code _id} =
 * {@code submissionId/followUpId}: the ids and a counter, nothing of the file). The count
 * is written before the file is opened, in one write, so an attempt that takes the
 * process down is counted as well: the redelivery after the restart finds it and, once
 * the bound is reached, the follow-up is refused without opening the file again.
 */
@Component
public class EvidenceAttempts {

	/** The collection of counters. */
	public static final String COLLECTION = "vault_evidence_attempts";

	private final MongoTemplate mongo;

	private final Clock clock;

	public EvidenceAttempts(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records one more attempt at a follow-up's file.
	 * @param submissionId the submission
	 * @param followUpId the follow-up
	 * @return how many attempts were recorded before this one
	 */
	public int begin(String submissionId, String followUpId) {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id(submissionId, followUpId))),
				new Update().inc("attempts", 1)
					.setOnInsert("submissionId", submissionId)
					.set("lastAttemptAt", Date.from(this.clock.instant())),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		return ((Number) counter.get("attempts")).intValue() - 1;
	}

	static String id(String submissionId, String followUpId) {
		return submissionId + "/" + followUpId;
	}

}
