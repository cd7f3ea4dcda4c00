package org.sujarit.cases.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.lifecycle.CaseAction;
import org.sujarit.cases.lifecycle.CaseLifecycle;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads cases and moves them through their lifecycle.
 * <p>
 * Each change is one conditional update of the case: it applies only if the case still
 * has the version and status it was checked against, and in the same write it appends the
 * audit entry and the status event. Two staff members acting at once cannot both win, and
 * a change is never recorded without its event or the reverse.
 */
@Component
public class CaseHandling {

	private static final Logger log = LoggerFactory.getLogger(CaseHandling.class);

	// without a version from the caller, a lost race is retried against the new state
	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final CaseLifecycle lifecycle;

	private final Routing routing;

	private final Clock clock;

	public CaseHandling(MongoTemplate mongo, Outbox outbox, CaseLifecycle lifecycle, Routing routing, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.lifecycle = lifecycle;
		this.routing = routing;
		this.clock = clock;
	}

	/**
	 * Reads a case.
	 * @param caseId the case id
	 * @return the case with its history
	 * @throws ProblemException 404 when there is no such case
	 */
	public CaseDetail find(String caseId) {
		return detail(load(caseId));
	}

	/**
	 * Takes an action on a case.
	 * @param caseId the case id
	 * @param action the action
	 * @param expectedVersion the version the caller saw, or null to act on the current
	 * one
	 * @param message the answer to the complainant (resolve) or an internal note,
	 * optional
	 * @param by the staff user acting
	 * @return the changed case
	 * @throws ProblemException 404 when there is no such case
	 * @throws CaseConflictException when the status does not allow the action or the case
	 * is no longer at the expected version
	 */
	public CaseDetail act(String caseId, CaseAction action, Long expectedVersion, String message, String by) {
		CaseDocument current = load(caseId);
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			check(current, action, expectedVersion);
			if (apply(current, action, message, by)) {
				return detail(load(caseId));
			}
			current = load(caseId);
		}
		throw new CaseConflictException("concurrent-change",
				"The case is being changed by someone else. Reload it and try again.",
				"มีผู้อื่นกำลังแก้ไขเรื่องนี้ กรุณาโหลดใหม่แล้วลองอีกครั้ง", current.status(), current.version());
	}

	private void check(CaseDocument current, CaseAction action, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new CaseConflictException("stale-version",
					"The case has changed since version " + expectedVersion + ": it is now at version "
							+ current.version() + " (" + current.status() + "). Reload it and try again.",
					"เรื่องนี้มีการเปลี่ยนแปลงแล้ว (ฉบับที่ " + current.version() + " สถานะ " + current.status()
							+ ") กรุณาโหลดใหม่แล้วลองอีกครั้ง",
					current.status(), current.version());
		}
		if (!this.lifecycle.allows(current.status(), action)) {
			throw new CaseConflictException("invalid-transition",
					"The case is " + current.status() + ": it cannot be " + action.verb() + " from that status",
					"ไม่สามารถ" + action.verbTh() + "ได้ เนื่องจากเรื่องอยู่ในสถานะ " + current.status(),
					current.status(), current.version());
		}
	}

	private boolean apply(CaseDocument current, CaseAction action, String message, String by) {
		String caseId = current.caseId();
		CaseStatus from = current.status();
		CaseStatus to = action.target();
		long version = current.version() + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		boolean answer = action == CaseAction.RESOLVE;
		// a resolve message is the public answer; any other message is a working note
		Visibility visibility = (answer || message == null) ? Visibility.PUBLIC : Visibility.INTERNAL;
		HistoryEntry entry = new HistoryEntry(now, historyAction(action), by, to, message, visibility);
		OutboxEntry event = this.outbox.entry(EventType.CASE_STATUS_CHANGED, CaseDocument.eventId(caseId, version),
				caseId, now, current.statusChanged(version, to, from, now, answer ? message : null));
		Query unchanged = Query.query(Criteria.where(CaseDocument.ID)
			.is(caseId)
			.and(CaseDocument.VERSION)
			.is(current.version())
			.and(CaseDocument.STATUS)
			.is(from.name()));
		Update update = new Update().set(CaseDocument.STATUS, to.name())
			.inc(CaseDocument.VERSION, 1)
			.set(CaseDocument.UPDATED_AT, CaseDocument.date(now))
			.push(CaseDocument.HISTORY, entry.toDocument())
			.push(OutboxEntry.FIELD, event.toDocument());
		UpdateResult result = this.outbox.write(CaseDocument.COLLECTION, caseId,
				() -> this.mongo.updateFirst(unchanged, update, CaseDocument.COLLECTION));
		if (result.getMatchedCount() == 0) {
			return false;
		}
		log.info("Case {} {} by staff: {} -> {} (version {})", caseId, action.verb(), from, to, version);
		return true;
	}

	private static HistoryAction historyAction(CaseAction action) {
		return switch (action) {
			case ACKNOWLEDGE -> HistoryAction.ACKNOWLEDGED;
			case START -> HistoryAction.STARTED;
			case RESOLVE -> HistoryAction.RESOLVED;
			case CLOSE -> HistoryAction.CLOSED;
		};
	}

	private CaseDocument load(String caseId) {
		Query byId = Query.query(Criteria.where(CaseDocument.ID).is(caseId));
		byId.fields().exclude(OutboxEntry.FIELD);
		Document document = this.mongo.findOne(byId, Document.class, CaseDocument.COLLECTION);
		if (document == null) {
			throw ProblemException.notFound("The case", "เรื่องนี้");
		}
		return CaseDocument.of(document);
	}

	private CaseDetail detail(CaseDocument document) {
		return CaseDetail.of(document, this.routing.unitName(document.unit()), this.clock.instant());
	}

}
