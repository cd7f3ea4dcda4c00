package org.sujarit.statistics.projection;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.runtime.store.BulkWrites;
import org.sujarit.statistics.fiscalyear.FiscalYear;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The latest known state of every case, as far as the counts need it, one document per
 * case in {@value #COLLECTION}: {@code {_id: caseId, version, fiscalYear, category,
 * channel, unit, status, sla, breached, receivedAt}}. {@code breached} is only ever set,
 * never cleared: a case that missed its deadline counts as breached even when it was
 * resolved later. No text, no contact, nothing from the complaint but these attributes.
 */
@Component
public class CaseProjections implements InitializingBean {

	/** The collection of case projections. */
	public static final String COLLECTION = "cases";

	private final MongoTemplate mongo;

	public CaseProjections(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(COLLECTION).createIndex(new Index("fiscalYear", Sort.Direction.ASC));
	}

	/**
	 * Applies a batch of status changes with one unordered bulk write: per case, the
	 * newest change of the batch, upserted unless a newer or equal version is stored (a
	 * refused upsert is a case already counted at that version). A breach anywhere in the
	 * batch marks the case breached, as applying the changes one by one would.
	 * @param events status changes, in topic order
	 * @return the ids of the cases whose projection changed
	 */
	public Set<String> applyAll(List<CaseStatusChanged> events) {
		Map<String, CaseStatusChanged> newest = new LinkedHashMap<>();
		Set<String> breached = new HashSet<>();
		for (CaseStatusChanged event : events) {
			newest.merge(event.caseId(), event,
					(kept, next) -> (next.caseVersion() > kept.caseVersion()) ? next : kept);
			if (event.slaOrDefault() == SlaStanding.BREACHED) {
				breached.add(event.caseId());
			}
		}
		if (newest.isEmpty()) {
			return Set.of();
		}
		List<String> caseIds = new ArrayList<>(newest.keySet());
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		for (CaseStatusChanged event : newest.values()) {
			bulk.upsert(olderOrMissing(event), update(event, breached.contains(event.caseId())));
		}
		Set<String> applied = new LinkedHashSet<>(caseIds);
		for (int refused : BulkWrites.executeIgnoringDuplicates(bulk)) {
			// the case is there with this version or a newer one: nothing to do
			applied.remove(caseIds.get(refused));
		}
		return applied;
	}

	private static Query olderOrMissing(CaseStatusChanged event) {
		return Query.query(Criteria.where("_id").is(event.caseId()).and("version").lt(event.caseVersion()));
	}

	private static Update update(CaseStatusChanged event, boolean breached) {
		Update update = new Update().set("version", event.caseVersion())
			.set("fiscalYear", FiscalYear.of(event.receivedAt()).buddhistYear())
			.set("category", event.category().name())
			.set("channel", event.channel().name())
			.set("unit", event.unit())
			.set("status", event.status().name())
			.set("sla", event.slaOrDefault().name())
			.set("receivedAt", Date.from(event.receivedAt()));
		if (breached) {
			update.set("breached", true);
		}
		return update;
	}

}
