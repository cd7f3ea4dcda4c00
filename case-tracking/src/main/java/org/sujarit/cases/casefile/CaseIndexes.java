package org.sujarit.cases.casefile;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes of the cases collection at start. Real MongoDB serves the staff
 * queues from the queue index; the embedded store accepts the declaration and scans.
 */
@Component
class CaseIndexes implements InitializingBean {

	static final String QUEUE_INDEX = "queue_unit_status_respondBy";

	static final String ASSIGNEE_INDEX = "assignee_respondBy";

	static final String RECORDED_INDEX = "recordedBy_receivedAt";

	private final MongoTemplate mongo;

	CaseIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.UNIT, Sort.Direction.ASC)
				.on(CaseDocument.STATUS, Sort.Direction.ASC)
				.on(CaseDocument.RESPOND_BY, Sort.Direction.ASC)
				.named(QUEUE_INDEX));
		// "my cases" across statuses, earliest due first
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.ASSIGNEE, Sort.Direction.ASC)
				.on(CaseDocument.RESPOND_BY, Sort.Direction.ASC)
				.named(ASSIGNEE_INDEX)
				.sparse());
		// an intake clerk's own recordings
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.RECORDED_BY, Sort.Direction.ASC)
				.on(CaseDocument.RECEIVED_AT, Sort.Direction.DESC)
				.named(RECORDED_INDEX)
				.sparse());
	}

}
