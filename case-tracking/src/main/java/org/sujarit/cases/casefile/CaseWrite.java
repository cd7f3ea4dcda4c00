package org.sujarit.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.bulk.BulkWriteResult;
import org.bson.Document;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.store.BulkWrites;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one place a case is written with what it publishes: case handling, the SLA engine
 * and case opening all go through here.
 * <p>
 * A change is one conditional update of the case document: it applies only while the case
 * is still at the version it was read at ({@code {_id, version}}, exactly the keys of the
 * unique index {@code SlaIndexes} declares), appends its history entries, and, when it is
 * a change the outside hears of, raises the version by one and pushes exactly one
 * {@code CaseStatusChanged} (id {@code <caseId>:v<version>}) into the case's outbox, with
 * any further events of the same write. Opening inserts version 1 with its
 * {@code CaseStatusChanged}; a case already there (a redelivered event) is left alone.
 */
@Component
public class CaseWrite {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	public CaseWrite(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * Plans a change of a case.
	 * @param caseId the case
	 * @param version the version the case was read at
	 * @param update the caller's field changes (status, SLA fields...), completed here
	 * @param history the audit entries the change appends
	 * @param statusChanged the status event of the change, at {@code version + 1}; null
	 * for a change that publishes none and leaves the version as it is
	 * @param at when the change happened, the status event's time
	 * @param before further events of the same write, published before the status event
	 * @param after further events of the same write, published after it
	 * @return the planned write
	 */
	public Change change(String caseId, long version, Update update, List<HistoryEntry> history,
			CaseStatusChanged statusChanged, Instant at, List<OutboxEntry> before, List<OutboxEntry> after) {
		Query unchanged = Query.query(Criteria.where(CaseDocument.ID).is(caseId).and(CaseDocument.VERSION).is(version));
		if (!history.isEmpty()) {
			update.push(CaseDocument.HISTORY).each(history.stream().map(HistoryEntry::toDocument).toArray());
		}
		List<Object> events = new ArrayList<>();
		before.forEach((event) -> events.add(event.toDocument()));
		long newVersion = version;
		if (statusChanged != null) {
			newVersion = version + 1;
			if (!caseId.equals(statusChanged.caseId()) || statusChanged.caseVersion() != newVersion) {
				throw new IllegalArgumentException("The status event of case " + caseId + " at version " + version
						+ " must be of version " + newVersion);
			}
			update.inc(CaseDocument.VERSION, 1);
			events.add(statusEvent(statusChanged, at).toDocument());
		}
		after.forEach((event) -> events.add(event.toDocument()));
		if (!events.isEmpty()) {
			update.push(OutboxEntry.FIELD).each(events.toArray());
		}
		return new Change(caseId, newVersion, unchanged, update);
	}

	/**
	 * Writes one change.
	 * @param change the planned change
	 * @return true when it applied, false when the case had moved on from the version
	 * read (or is gone)
	 */
	public boolean apply(Change change) {
		return this.outbox
			.write(CaseDocument.COLLECTION, change.caseId(),
					() -> this.mongo.updateFirst(change.unchanged(), change.update(), CaseDocument.COLLECTION))
			.getModifiedCount() > 0;
	}

	/**
	 * Writes several changes in one unordered bulk write, each conditional on its case's
	 * version, with one outbox marker for all.
	 * @param changes the planned changes, at most one per case
	 * @return how many applied
	 */
	public int applyAll(Collection<Change> changes) {
		if (changes.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CaseDocument.COLLECTION);
		changes.forEach((change) -> bulk.updateOne(change.unchanged(), change.update()));
		List<String> caseIds = changes.stream().map(Change::caseId).toList();
		BulkWriteResult result = this.outbox.writeAll(CaseDocument.COLLECTION, caseIds, bulk::execute);
		return result.getModifiedCount();
	}

	/**
	 * Inserts new cases at version 1, each with its opening {@code CaseStatusChanged}
	 * after the events given with it, in one unordered bulk insert with one outbox
	 * marker. A case already there (its event redelivered) is refused as a duplicate and
	 * left as it is; the others are inserted all the same.
	 * @param openings the case documents (complete but for the outbox) and their events
	 * @return the ids of the cases opened now
	 */
	public Set<String> openAll(List<Opening> openings) {
		if (openings.isEmpty()) {
			return Set.of();
		}
		List<String> caseIds = new ArrayList<>();
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CaseDocument.COLLECTION);
		for (Opening opening : openings) {
			Document document = opening.document();
			CaseDocument opened = CaseDocument.of(document);
			if (opened.version() != 1) {
				throw new IllegalArgumentException("A new case starts at version 1");
			}
			Instant changedAt = opened.history().get(0).at();
			List<Document> events = new ArrayList<>();
			opening.before().forEach((event) -> events.add(event.toDocument()));
			events.add(statusEvent(opened.statusChanged(1, CaseStatus.RECEIVED, null, changedAt, null), changedAt)
				.toDocument());
			document.put(OutboxEntry.FIELD, events);
			caseIds.add(opened.caseId());
			bulk.insert(document);
		}
		Set<Integer> refused = this.outbox.writeAll(CaseDocument.COLLECTION, caseIds,
				() -> BulkWrites.executeIgnoringDuplicates(bulk));
		Set<String> opened = new LinkedHashSet<>();
		for (int index = 0; index < caseIds.size(); index++) {
			if (!refused.contains(index)) {
				opened.add(caseIds.get(index));
			}
		}
		return opened;
	}

	private OutboxEntry statusEvent(CaseStatusChanged changed, Instant at) {
		return this.outbox.entry(EventType.CASE_STATUS_CHANGED,
				CaseDocument.eventId(changed.caseId(), changed.caseVersion()), changed.caseId(), at, changed);
	}

	/**
	 * A planned change of one case.
	 *
	 * @param caseId the case
	 * @param version the version after the change
	 * @param unchanged matches the case at the version it was read at
	 * @param update the whole update
	 */
	public record Change(String caseId, long version, Query unchanged, Update update) {
	}

	/**
	 * A new case to insert.
	 *
	 * @param document the case document, with its SLA fields
	 * @param before events of the same insert, published before its opening status event
	 */
	public record Opening(Document document, List<OutboxEntry> before) {
	}

}
