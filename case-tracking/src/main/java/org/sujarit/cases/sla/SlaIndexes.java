package org.sujarit.cases.sla;

import org.sujarit.cases.casefile.CaseDocument;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Indexes of the cases collection the SLA engine relies on.
 * <p>
 * {@value #VERSION_INDEX} (unique {@code _id, version}): the embedded store serves a
 * query from an index only when the query's keys are exactly the index's keys, so a
 * conditional update filtered by {@code {_id, version}} would otherwise scan every case.
 * With it, breaches and extensions are index lookups; real MongoDB uses {@code _id}
 * anyway. Case handling's own conditional updates can use the same filter.
 * <p>
 * {@value #DUE_INDEX}: what real MongoDB would serve "open cases by due date" from, for
 * reconciling the timers with the cases ({@code {status: {$in: open}, respondBy: {$lte:
 * t}}}). The scanner itself never needs it; the embedded store ignores it.
 */
@Component
class SlaIndexes implements InitializingBean {

	static final String DUE_INDEX = "sla_status_respondBy";

	static final String VERSION_INDEX = "id_version";

	private final MongoTemplate mongo;

	SlaIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.ID, Sort.Direction.ASC)
				.on(CaseDocument.VERSION, Sort.Direction.ASC)
				.unique()
				.named(VERSION_INDEX));
		this.mongo.indexOps(CaseDocument.COLLECTION)
			.createIndex(new Index().on(CaseDocument.STATUS, Sort.Direction.ASC)
				.on(CaseDocument.RESPOND_BY, Sort.Direction.ASC)
				.named(DUE_INDEX));
	}

}
