package org.sujarit.cases.opening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.CaseWrite;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.reclassification.ComplaintSealer;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingDecision;
import org.sujarit.cases.sla.SlaClock;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Location;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens a case for a complaint or report, routed and with its first status event, in one
 * insert ({@link CaseWrite#openAll}); a batch of complaints in one bulk insert, with the
 * SLA timers of the whole batch set in two bulk writes before it. The case id is the
 * {@code _id}, so a redelivered event finds its case already there and changes nothing.
 */
@Component
public class CaseOpener {

	private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);

	private final CaseWrite write;

	private final Outbox outbox;

	private final Routing routing;

	private final Clock clock;

	private final SlaClock sla;

	private final ComplaintSealer sealer;

	public CaseOpener(CaseWrite write, Outbox outbox, Routing routing, Clock clock, SlaClock sla,
			ComplaintSealer sealer) {
		this.write = write;
		this.outbox = outbox;
		this.routing = routing;
		this.clock = clock;
		this.sla = sla;
		this.sealer = sealer;
	}

	/**
	 * Opens the case of a general complaint, unless it is open already.
	 * @param complaint the complaint
	 * @return true when the case was opened now, false when it existed
	 */
	public boolean open(ComplaintSubmitted complaint) {
		return openAll(List.of(complaint)) == 1;
	}

	/**
	 * Opens the cases of a batch of general complaints, but those open already.
	 * @param complaints the complaints
	 * @return how many cases were opened now
	 */
	public int openAll(List<ComplaintSubmitted> complaints) {
		List<Pending> pending = new ArrayList<>();
		for (ComplaintSubmitted complaint : complaints) {
			RoutingDecision decision = this.routing.general(complaint.category());
			if (complaint.category().corruption()) {
				// no general entry publishes these any more (intake refuses them, a
				// recorded one is sealed); one that still comes (an older intake, a
				// forged event) is sealed as a recorded one is, rather than kept here
				// in clear
				Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
				OutboxEntry sealed = this.sealer.seal(complaint.trackingCode(), complaint.category(),
						complaint.subject(), complaint.description(), complaint.complainant(), now);
				SealedRecording recording = new SealedRecording(complaint.trackingCode(), complaint.category(),
						complaint.channel(), complaint.receivedAt(), complaint.respondBy(), complaint.location(),
						complaint.complainant() != null);
				pending.add(new Pending(sealedCase(recording, decision, null), decision, List.of(sealed)));
			}
			else {
				pending.add(new Pending(general(complaint, decision), decision, List.of()));
			}
		}
		return insertAll(pending).size();
	}

	/**
	 * Opens the case of a complaint an intake clerk recorded, and publishes the complaint
	 * on the complaints topic, as intake does, in the same insert: intake's status view,
	 * notification and statistics see it like any other complaint, and this service's own
	 * listener finds the case already open.
	 * @param complaint the complaint, with the tracking code made for it
	 * @param recordedBy the intake clerk
	 * @param namedUnit the unit of an official the complaint names, may be null
	 * @return the routing decision
	 * @throws DuplicateKeyException when the tracking code is taken
	 */
	public RoutingDecision openRecorded(ComplaintSubmitted complaint, String recordedBy, String namedUnit) {
		RoutingDecision decision = this.routing.general(complaint.category(), namedUnit);
		Document document = general(complaint, decision).append(CaseDocument.RECORDED_BY, recordedBy);
		if (namedUnit != null) {
			document.append(CaseDocument.NAMED_UNIT, namedUnit);
		}
		List<Document> history = new ArrayList<>(document.getList(CaseDocument.HISTORY, Document.class));
		history.add(1, new HistoryEntry(history.get(0).getDate("at").toInstant(), HistoryAction.RECORDED, recordedBy,
				CaseStatus.RECEIVED, null, Visibility.INTERNAL, complaint.channel().name())
			.toDocument());
		document.put(CaseDocument.HISTORY, history);
		OutboxEntry submitted = this.outbox.entry(EventType.COMPLAINT_SUBMITTED,
				complaint.trackingCode() + ":submitted", complaint.trackingCode(), complaint.receivedAt(), complaint);
		if (insertAll(List.of(new Pending(document, decision, List.of(submitted)))).isEmpty()) {
			throw new DuplicateKeyException("Tracking code taken");
		}
		return decision;
	}

	/**
	 * Opens the case of a corruption complaint an intake clerk recorded, on the
	 * corruption track from the start, as a reclassified complaint ends up: in LEGAL (or
	 * its next level for a conflict of interest), with neither the complainant's contact
	 * nor the subject and description, which travel only in the sealed follow-up for the
	 * anonymizer, written in the same insert. The anonymizer answers with the text
	 * redacted and a pseudonym. No {@code ComplaintSubmitted} is published: it would
	 * carry the contact and text on a general topic, and intake's public view,
	 * notification and statistics need only the category, channel and status the v1
	 * {@code CaseStatusChanged} carries.
	 * @param recorded the recorded complaint without contact and text
	 * @param recordedBy the intake clerk, named in the RECORDED entry of the audit trail
	 * only: a clerk does not see corruption cases
	 * @param namedUnit the unit of an official the complaint names, may be null
	 * @param sealed the {@code FollowUpSealed} entry holding the contact and text
	 * @return the routing decision
	 * @throws DuplicateKeyException when the tracking code is taken
	 */
	public RoutingDecision openRecordedSealed(SealedRecording recorded, String recordedBy, String namedUnit,
			OutboxEntry sealed) {
		RoutingDecision decision = this.routing.general(recorded.category(), namedUnit);
		Document document = sealedCase(recorded, decision, namedUnit);
		List<Document> history = new ArrayList<>(document.getList(CaseDocument.HISTORY, Document.class));
		history.add(1, new HistoryEntry(history.get(0).getDate("at").toInstant(), HistoryAction.RECORDED, recordedBy,
				CaseStatus.RECEIVED, null, Visibility.INTERNAL, recorded.channel().name())
			.toDocument());
		document.put(CaseDocument.HISTORY, history);
		if (insertAll(List.of(new Pending(document, decision, List.of(sealed)))).isEmpty()) {
			throw new DuplicateKeyException("Tracking code taken");
		}
		return decision;
	}

	private Document sealedCase(SealedRecording recorded, RoutingDecision decision, String namedUnit) {
		Document document = base(recorded.trackingCode(), CaseKind.WHISTLEBLOWER, recorded.category().name(),
				recorded.channel(), decision, recorded.receivedAt(), recorded.respondBy())
			.append(CaseDocument.LOCATION, CaseDocument.location(recorded.location()))
			.append(CaseDocument.IDENTITY_SEALED, recorded.contactSealed());
		if (namedUnit != null) {
			document.append(CaseDocument.NAMED_UNIT, namedUnit);
		}
		return document;
	}

	/**
	 * What a case opened on the sealed path keeps of a recorded corruption complaint.
	 *
	 * @param trackingCode the tracking code made for it
	 * @param category the corruption category
	 * @param channel how it came in
	 * @param receivedAt when the municipality received it
	 * @param respondBy when the answer is due
	 * @param location where it happened, may be null
	 * @param contactSealed whether a contact was sealed for the anonymizer
	 */
	public record SealedRecording(String trackingCode, Category category, Channel channel, Instant receivedAt,
			Instant respondBy, Location location, boolean contactSealed) {
	}

	private Document general(ComplaintSubmitted complaint, RoutingDecision decision) {
		return base(complaint.trackingCode(), CaseKind.GENERAL, complaint.category().name(), complaint.channel(),
				decision, complaint.receivedAt(), complaint.respondBy())
			.append(CaseDocument.SUBJECT, complaint.subject())
			.append(CaseDocument.DESCRIPTION, complaint.description())
			.append(CaseDocument.LOCATION, CaseDocument.location(complaint.location()))
			.append(CaseDocument.COMPLAINANT, CaseDocument.complainant(complaint.complainant()));
	}

	/**
	 * Opens the case of a sanitized whistleblower report, unless it is open already.
	 * @param report the report, without the reporter's identity
	 * @return true when the case was opened now, false when it existed
	 */
	public boolean open(ReportSanitized report) {
		RoutingDecision decision = this.routing.whistleblower(report.category(),
				(report.accused() != null) ? report.accused().unit() : null);
		Document document = base(report.submissionId(), CaseKind.WHISTLEBLOWER, report.category().name(),
				Channel.WHISTLEBLOWER, decision, report.receivedAt(), report.respondBy())
			.append(CaseDocument.PSEUDONYM, report.pseudonym())
			.append(CaseDocument.NARRATIVE, report.narrative())
			.append(CaseDocument.ACCUSED, CaseDocument.accused(report.accused()))
			.append(CaseDocument.IDENTITY_SEALED, report.identitySealed());
		return !insertAll(List.of(new Pending(document, decision, List.of()))).isEmpty();
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
			.append(CaseDocument.CORRUPTION, kind == CaseKind.WHISTLEBLOWER || Category.valueOf(category).corruption())
			.append(CaseDocument.HISTORY, history);
	}

	private Set<String> insertAll(List<Pending> pending) {
		// SLA hook: due dates from receivedAt and the policy, SLA state, timers (set
		// before the insert: a timer of a case never inserted is skipped as stale)
		this.sla.openingAll(pending.stream().map(Pending::document).toList());
		Set<String> opened = this.write
			.openAll(pending.stream().map((item) -> new CaseWrite.Opening(item.document(), item.before())).toList());
		for (Pending item : pending) {
			CaseDocument document = CaseDocument.of(item.document());
			if (opened.contains(document.caseId())) {
				log.info("Opened {} case {} in unit {} (due {})", document.kind(), document.caseId(),
						item.decision().unit(), document.respondBy());
			}
			else {
				log.info("Case {} is already open; redelivered event ignored", document.caseId());
			}
		}
		return opened;
	}

	private record Pending(Document document, RoutingDecision decision, List<OutboxEntry> before) {
	}

}
