package org.sujarit.cases.sla;

import org.sujarit.cases.casefile.CaseDocument;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The index real MongoDB would serve "open cases by due date" from, for reconciling the
 * timers with the cases ({@code {status: {$in: open}, respondBy: {$lte: t}}}). The
 * scanner itself never queries the cases by anything but {@code _id}: the embedded store
 * ignores this index and would scan.
 */
@Component
class SlaIndexes implements InitializingBean {

	static final String DUE_INDEX = "sla_status_respondBy";

	private final MongoTemplate mongo;

	SlaIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.STATUS, Sort.Direction.ASC)
				.on(CaseDocument.RESPOND_BY, Sort.Direction.ASC)
				.named(DUE_INDEX));
	}

}
