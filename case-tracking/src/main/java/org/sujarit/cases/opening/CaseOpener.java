package org.sujarit.cases.opening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingDecision;
import org.sujarit.cases.sla.SlaClock;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens a case for a complaint or report, routed and with its first status event, in one
 * insert. The case id is the {@code _id}, so a redelivered event finds its case already
 * there and changes nothing.
 */
@Component
public class CaseOpener {

	private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final Routing routing;

	private final Clock clock;

	private final SlaClock sla;

	public CaseOpener(MongoTemplate mongo, Outbox outbox, Routing routing, Clock clock, SlaClock sla) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.routing = routing;
		this.clock = clock;
		this.sla = sla;
	}

	/**
	 * Opens the case of a general complaint, unless it is open already.
	 * @param complaint the complaint
	 * @return true when the case was opened now, false when it existed
	 */
	public boolean open(ComplaintSubmitted complaint) {
		RoutingDecision decision = this.routing.general(complaint.category());
		Document document = base(complaint.trackingCode(), CaseKind.GENERAL, complaint.category().name(),
				complaint.channel(), decision, complaint.receivedAt(), complaint.respondBy())
			.append(CaseDocument.SUBJECT, complaint.subject())
			.append(CaseDocument.DESCRIPTION, complaint.description())
			.append(CaseDocument.LOCATION, CaseDocument.location(complaint.location()))
			.append(CaseDocument.COMPLAINANT, CaseDocument.complainant(complaint.complainant()));
		return insert(document, decision);
	}

	/**
	 * Opens the case of a sanitized whistleblower report, unless it is open already.
	 * @param report the report, without the reporter's identity
	 * @return true when the case was opened now, false when it existed
	 */
	public boolean open(ReportSanitized report) {
		RoutingDecision decision = this.routing.whistleblower(report.category());
		Document document = base(report.submissionId(), CaseKind.WHISTLEBLOWER, report.category().name(),
				Channel.WHISTLEBLOWER, decision, report.receivedAt(), report.respondBy())
			.append(CaseDocument.PSEUDONYM, report.pseudonym())
			.append(CaseDocument.NARRATIVE, report.narrative())
			.append(CaseDocument.ACCUSED, CaseDocument.accused(report.accused()))
			.append(CaseDocument.IDENTITY_SEALED, report.identitySealed());
		return insert(document, decision);
	}

	private Document base(String caseId, CaseKind kind, String category, Channel channel, RoutingDecision decision,
			Instant receivedAt, Instant respondBy) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<Document> history = List.of(
				new HistoryEntry(now, HistoryAction.OPENED, HistoryEntry.SYSTEM, CaseStatus.RECEIVED, null,
						Visibility.PUBLIC)
					.toDocument(),
				new HistoryEntry(now, HistoryAction.ROUTED, HistoryEntry.SYSTEM, CaseStatus.RECEIVED, decision.reason(),
						Visibility.INTERNAL)
					.toDocument());
		return new Document(CaseDocument.ID, caseId).append(CaseDocument.KIND, kind.name())
			.append(CaseDocument.CATEGORY, category)
			.append(CaseDocument.CHANNEL, channel.name())
			.append(CaseDocument.UNIT, decision.unit())
			.append(CaseDocument.STATUS, CaseStatus.RECEIVED.name())
			.append(CaseDocument.VERSION, 1L)
			// the 15-day clock started at intake; never restart it here
			.append(CaseDocument.RECEIVED_AT, CaseDocument.date(receivedAt))
			.append(CaseDocument.RESPOND_BY, CaseDocument.date(respondBy))
			.append(CaseDocument.OPENED_AT, CaseDocument.date(now))
			.append(CaseDocument.UPDATED_AT, CaseDocument.date(now))
			.append(CaseDocument.ROUTING, new Document("unit", decision.unit()).append("reason", decision.reason()))
			.append(CaseDocument.HISTORY, history);
	}

	private boolean insert(Document document, RoutingDecision decision) {
		// SLA hook: due date from receivedAt and the policy, SLA state, timers
		this.sla.opening(document);
		CaseDocument opened = CaseDocument.of(document);
		String caseId = opened.caseId();
		Instant changedAt = opened.history().get(0).at();
		OutboxEntry event = this.outbox.entry(EventType.CASE_STATUS_CHANGED, CaseDocument.eventId(caseId, 1), caseId,
				changedAt, opened.statusChanged(1, CaseStatus.RECEIVED, null, changedAt, null));
		document.append(OutboxEntry.FIELD, List.of(event.toDocument()));
		try {
			this.outbox.write(CaseDocument.COLLECTION, caseId,
					() -> this.mongo.insert(document, CaseDocument.COLLECTION));
		}
		catch (DuplicateKeyException ex) {
			log.info("Case {} is already open; redelivered event ignored", caseId);
			return false;
		}
		log.info("Opened {} case {} in unit {} (due {})", opened.kind(), caseId, decision.unit(), opened.respondBy());
		return true;
	}

}
