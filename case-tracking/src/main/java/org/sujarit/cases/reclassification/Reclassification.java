package org.sujarit.cases.reclassification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.bson.Document;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.handling.CaseDetail;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.cases.handling.CaseHandling.Change;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingDecision;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Moves a general complaint to the corruption track. Its complainant's contact and text
 * are sealed for the anonymizer, as intake seals a report, and leave the case in the same
 * write that reroutes it and publishes the sealed follow-up and the status event: from
 * then on it is a corruption case, and this service never holds that complainant's
 * identity again. The anonymizer sends the text back sanitized, with a pseudonym.
 */
@Component
public class Reclassification {

	private final CaseHandling handling;

	private final Routing routing;

	private final ComplaintSealer sealer;

	Reclassification(CaseHandling handling, Routing routing, ComplaintSealer sealer) {
		this.handling = handling;
		this.routing = routing;
		this.sealer = sealer;
	}

	public CaseDetail reclassify(StaffUser user, String caseId, Category category, String reason, Long version) {
		if (category == null || !category.corruption()) {
			String allowed = Arrays.stream(Category.values())
				.filter(Category::corruption)
				.map(Enum::name)
				.collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: category", "ข้อมูลไม่ถูกต้อง: category",
					List.of(new FieldError("category", "one-of", "must be a corruption category: " + allowed,
							"ต้องเป็นประเภทเรื่องทุจริตหรือประพฤติมิชอบ: " + allowed)));
		}
		// refused before the case is read, as a missing key would refuse it after
		this.sealer.requireAvailable();
		return this.handling.perform(user, caseId, Operation.WORK, version,
				(current) -> plan(current, category, reason, user));
	}

	private Change plan(CaseDocument current, Category category, String reason, StaffUser user) {
		if (current.kind() != CaseKind.GENERAL || current.corruption()) {
			throw new ProblemException(HttpStatus.CONFLICT, "already-corruption",
					"The case is already on the corruption track", "เรื่องนี้อยู่ในช่องทางเรื่องทุจริตแล้ว", List.of());
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OutboxEntry sealedEvent = this.sealer.seal(current.caseId(), category, current.subject(), current.description(),
				current.complainant(), now);
		RoutingDecision decision = this.routing.general(category, current.namedUnit());
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		List<HistoryEntry> entries = List.of(
				this.handling.entry(HistoryAction.RECLASSIFIED, user.username(), current.status(), why,
						Visibility.INTERNAL, current.category() + " -> " + category),
				this.handling.entry(HistoryAction.ROUTED, HistoryEntry.SYSTEM, current.status(), decision.reason(),
						Visibility.INTERNAL, decision.unit()));
		return new Change(current.status(), entries, CaseChange.RECLASSIFIED, null,
				new CaseDocument.After(decision.unit(), category, null, null),
				(update) -> update.set(CaseDocument.CATEGORY, category.name())
					.set(CaseDocument.KIND, CaseKind.WHISTLEBLOWER.name())
					.set(CaseDocument.CORRUPTION, true)
					.set(CaseDocument.UNIT, decision.unit())
					.set(CaseDocument.ROUTING,
							new Document("unit", decision.unit()).append("reason", decision.reason()))
					.set(CaseDocument.IDENTITY_SEALED, current.complainant() != null)
					.unset(CaseDocument.COMPLAINANT)
					.unset(CaseDocument.SUBJECT)
					.unset(CaseDocument.DESCRIPTION)
					.unset(CaseDocument.ASSIGNEE)
					.unset(CaseDocument.RECORDED_BY),
				List.of(sealedEvent));
	}

}
