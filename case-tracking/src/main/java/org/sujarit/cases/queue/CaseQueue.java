package org.sujarit.cases.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads a unit's queue, earliest due first, and counts its cases per status.
 * <p>
 * Each page is one query with a projection of the summary fields: no per-case reads, no
 * history, no outbox. Real MongoDB serves it from the {unit, status, respondBy} index;
 * the embedded store ignores that index and scans the collection once per page.
 */
@Component
public class CaseQueue {

	private final MongoTemplate mongo;

	private final Routing routing;

	private final Clock clock;

	CaseQueue(MongoTemplate mongo, Routing routing, Clock clock) {
		this.mongo = mongo;
		this.routing = routing;
		this.clock = clock;
	}

	public QueuePage page(QueueQuery query, boolean withCorruption, StaffUser user) {
		Instant now = this.clock.instant();
		Criteria criteria = Criteria.where(CaseDocument.UNIT)
			.is(query.unit())
			.and(CaseDocument.STATUS)
			.in(query.statuses().stream().map(Enum::name).toList());
		if (!withCorruption) {
			criteria.and(CaseDocument.CORRUPTION).ne(true);
		}
		if (query.due() != null) {
			if (query.due() == QueueQuery.DueWindow.OVERDUE) {
				criteria.and(CaseDocument.RESPOND_BY).lt(CaseDocument.date(now));
			}
			else {
				criteria.and(CaseDocument.RESPOND_BY)
					.gte(CaseDocument.date(now))
					.lt(CaseDocument.date(now.plus(Duration.ofDays(query.due().days()))));
			}
		}
		if (!query.channels().isEmpty()) {
			criteria.and(CaseDocument.CHANNEL).in(query.channels().stream().map(Enum::name).toList());
		}
		if (!query.categories().isEmpty()) {
			criteria.and(CaseDocument.CATEGORY).in(query.categories().stream().map(Enum::name).toList());
		}
		if ("me".equals(query.assignee())) {
			criteria.and(CaseDocument.ASSIGNEE).is(user.username());
		}
		else if ("none".equals(query.assignee())) {
			criteria.and(CaseDocument.ASSIGNEE).is(null);
		}
		Query find = Query.query(criteria)
			.with(Sort.by(Sort.Order.asc(CaseDocument.RESPOND_BY), Sort.Order.asc(CaseDocument.ID)))
			.skip((long) query.page() * query.size())
			// one more than the page tells whether there is a next page without a count
			.limit(query.size() + 1);
		find.fields()
			.include(CaseDocument.KIND, CaseDocument.CATEGORY, CaseDocument.CHANNEL, CaseDocument.UNIT,
					CaseDocument.STATUS, CaseDocument.VERSION, CaseDocument.RECEIVED_AT, CaseDocument.RESPOND_BY,
					CaseDocument.SUBJECT, CaseDocument.PSEUDONYM, CaseDocument.ASSIGNEE, CaseDocument.CORRUPTION);
		List<Document> found = this.mongo.find(find, Document.class, CaseDocument.COLLECTION);
		List<CaseSummary> items = found.stream()
			.limit(query.size())
			.map((document) -> CaseSummary.of(CaseDocument.of(document), now))
			.toList();
		return new QueuePage(query.unit(), this.routing.unitName(query.unit()), query.statuses(), query.page(),
				query.size(), found.size() > query.size(), items);
	}

	// an intake clerk's own recordings, newest first; corruption cases are not theirs to
	// see
	QueuePage recorded(StaffUser clerk, int page, int size) {
		Query find = Query
			.query(Criteria.where(CaseDocument.RECORDED_BY).is(clerk.username()).and(CaseDocument.CORRUPTION).ne(true))
			.with(Sort.by(Sort.Order.desc(CaseDocument.RECEIVED_AT), Sort.Order.asc(CaseDocument.ID)))
			.skip((long) page * size)
			.limit(size + 1);
		find.fields()
			.include(CaseDocument.KIND, CaseDocument.CATEGORY, CaseDocument.CHANNEL, CaseDocument.UNIT,
					CaseDocument.STATUS, CaseDocument.VERSION, CaseDocument.RECEIVED_AT, CaseDocument.RESPOND_BY,
					CaseDocument.SUBJECT, CaseDocument.PSEUDONYM, CaseDocument.ASSIGNEE, CaseDocument.CORRUPTION);
		List<Document> found = this.mongo.find(find, Document.class, CaseDocument.COLLECTION);
		Instant now = this.clock.instant();
		List<CaseSummary> items = found.stream()
			.limit(size)
			.map((document) -> CaseSummary.of(CaseDocument.of(document), now))
			.toList();
		return new QueuePage(null, null, List.of(), page, size, found.size() > size, items);
	}

	public Map<CaseStatus, Long> counts(String unit, boolean withCorruption) {
		Criteria criteria = Criteria.where(CaseDocument.UNIT).is(unit);
		if (!withCorruption) {
			criteria.and(CaseDocument.CORRUPTION).ne(true);
		}
		Aggregation count = Aggregation.newAggregation(Aggregation.match(criteria),
				Aggregation.group(CaseDocument.STATUS).count().as("count"));
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		for (Document group : this.mongo.aggregate(count, CaseDocument.COLLECTION, Document.class)) {
			counts.put(CaseStatus.valueOf(group.getString("_id")), ((Number) group.get("count")).longValue());
		}
		return counts;
	}

}
