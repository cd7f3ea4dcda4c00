package org.sujarit.statistics.projection;

import java.util.Date;

import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.statistics.fiscalyear.FiscalYear;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
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
	 * Applies a status change unless a newer or equal version is already applied, in one
	 * write: the filter on the version is the dedupe marker, so a repeated or late event
	 * can never count twice.
	 * @param event the status change
	 * @return whether it changed the projection
	 */
	public boolean apply(CaseStatusChanged event) {
		Query olderOrMissing = Query
			.query(Criteria.where("_id").is(event.caseId()).and("version").lt(event.caseVersion()));
		Update update = new Update().set("version", event.caseVersion())
			.set("fiscalYear", FiscalYear.of(event.receivedAt()).buddhistYear())
			.set("category", event.category().name())
			.set("channel", event.channel().name())
			.set("unit", event.unit())
			.set("status", event.status().name())
			.set("sla", event.slaOrDefault().name())
			.set("receivedAt", Date.from(event.receivedAt()));
		if (event.slaOrDefault() == SlaStanding.BREACHED) {
			update.set("breached", true);
		}
		try {
			this.mongo.upsert(olderOrMissing, update, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// the case is there with this version or a newer one: nothing to do
			return false;
		}
	}

}
