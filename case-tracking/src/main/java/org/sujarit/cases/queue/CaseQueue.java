package org.sujarit.cases.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.routing.Routing;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads a unit's queue, earliest due first.
 * <p>
 * Served by the {unit, status, respondBy} index on real MongoDB. The embedded store
 * ignores that index and scans every case ever opened; the SLA work replaces this lookup
 * with a small, scan-free structure of open cases per unit.
 */
@Component
class CaseQueue {

	private final MongoTemplate mongo;

	private final Routing routing;

	private final Clock clock;

	CaseQueue(MongoTemplate mongo, Routing routing, Clock clock) {
		this.mongo = mongo;
		this.routing = routing;
		this.clock = clock;
	}

	QueuePage page(QueueQuery query, boolean withCorruption) {
		Criteria criteria = Criteria.where(CaseDocument.UNIT)
			.is(query.unit())
			.and(CaseDocument.STATUS)
			.in(query.statuses().stream().map(Enum::name).toList());
		if (!withCorruption) {
			criteria.and(CaseDocument.CORRUPTION).ne(true);
		}
		Query find = Query.query(criteria)
			.with(Sort.by(Sort.Order.asc(CaseDocument.RESPOND_BY), Sort.Order.asc(CaseDocument.ID)))
			.skip((long) query.page() * query.size())
			// one more than the page tells whether there is a next page without a count
			.limit(query.size() + 1);
		find.fields()
			.include(CaseDocument.KIND, CaseDocument.CATEGORY, CaseDocument.CHANNEL, CaseDocument.UNIT,
					CaseDocument.STATUS, CaseDocument.VERSION, CaseDocument.RECEIVED_AT, CaseDocument.RESPOND_BY,
					CaseDocument.SUBJECT, CaseDocument.PSEUDONYM);
		List<Document> found = this.mongo.find(find, Document.class, CaseDocument.COLLECTION);
		Instant now = this.clock.instant();
		List<CaseSummary> items = found.stream()
			.limit(query.size())
			.map((document) -> CaseSummary.of(CaseDocument.of(document), now))
			.toList();
		return new QueuePage(query.unit(), this.routing.unitName(query.unit()), query.statuses(), query.page(),
				query.size(), found.size() > query.size(), items);
	}

}
