package org.sujarit.cases.handling;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.Location;

/**
 * A case as staff see it, with its audit trail. A general complaint shows what the
 * complainant wrote and left as contact; a whistleblower report shows the pseudonym, the
 * redacted narrative and the accused. This service holds no reporter identity, so no view
 * of it can show one.
 *
 * @param caseId the case id
 * @param kind general complaint or whistleblower report
 * @param category what it is about
 * @param categoryName the category in Thai
 * @param channel how it came in
 * @param unit the unit handling it
 * @param unitName the unit in Thai
 * @param status where it stands
 * @param version the case version, for optimistic locking of the next change
 * @param receivedAt when intake received it
 * @param respondBy when the answer is due
 * @param overdue whether it is open past its due date
 * @param routing where the case was routed and why
 * @param subject the complaint's subject (general)
 * @param description the complaint text (general)
 * @param location where the problem is (general)
 * @param complainant the contact the complainant left (general)
 * @param pseudonym the reporter's alias (whistleblower)
 * @param narrative the report text, identity redacted (whistleblower)
 * @param accused the official reported (whistleblower)
 * @param identitySealed whether the reporter left an identity, sealed in the vault
 * elsewhere (whistleblower)
 * @param corruption whether the case is on the corruption track
 * @param assignee the officer working it, null while unassigned
 * @param recordedBy the intake clerk who recorded it off line, if one did
 * @param evidence the evidence files (whistleblower), metadata only
 * @param allowedActions the lifecycle actions its status allows
 * @param history the audit trail, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDetail(String caseId, CaseKind kind, Category category, String categoryName, Channel channel,
		String unit, String unitName, CaseStatus status, long version, Instant receivedAt, Instant respondBy,
		boolean overdue, RoutingView routing, String subject, String description, Location location,
		Complainant complainant, String pseudonym, String narrative, Accused accused, Boolean identitySealed,
		boolean corruption, String assignee, String recordedBy, List<EvidenceView> evidence,
		List<String> allowedActions, List<HistoryEntry> history) {

	static CaseDetail of(CaseDocument document, String unitName, Instant now, List<String> allowedActions) {
		return new CaseDetail(document.caseId(), document.kind(), document.category(), document.category().thaiName(),
				document.channel(), document.unit(), unitName, document.status(), document.version(),
				document.receivedAt(), document.respondBy(), document.overdue(now),
				new RoutingView(document.routingUnit(), document.routingReason()), document.subject(),
				document.description(), document.location(), document.complainant(), document.pseudonym(),
				document.narrative(), document.accused(), document.identitySealed(), document.corruption(),
				document.assignee(), document.recordedBy(), document.evidence().stream().map(EvidenceView::of).toList(),
				allowedActions, document.history());
	}

	/**
	 * This case with only the PUBLIC entries of its history, for a reader who neither
	 * works nor audits it.
	 * @return the case without internal entries
	 */
	public CaseDetail publicHistoryOnly() {
		return new CaseDetail(this.caseId, this.kind, this.category, this.categoryName, this.channel, this.unit,
				this.unitName, this.status, this.version, this.receivedAt, this.respondBy, this.overdue, this.routing,
				this.subject, this.description, this.location, this.complainant, this.pseudonym, this.narrative,
				this.accused, this.identitySealed, this.corruption, this.assignee, this.recordedBy, this.evidence,
				this.allowedActions,
				this.history.stream().filter((entry) -> entry.visibility() == Visibility.PUBLIC).toList());
	}

	/**
	 * An evidence file of the case, downloadable at
	 * {@code /api/v1/cases/{caseId}/evidence/{evidenceId}}.
	 *
	 * @param evidenceId the evidence id
	 * @param fileName the scrubbed file's name
	 * @param contentType its media type
	 * @param size its size in bytes
	 * @param addedAt when it arrived
	 */
	public record EvidenceView(String evidenceId, String fileName, String contentType, long size, Instant addedAt) {

		static EvidenceView of(org.bson.Document document) {
			java.util.Date added = document.getDate("addedAt");
			return new EvidenceView(document.getString("evidenceId"), document.getString("fileName"),
					document.getString("contentType"), ((Number) document.get("size")).longValue(),
					(added != null) ? added.toInstant() : null);
		}

	}

	/**
	 * Where a case was routed and why.
	 *
	 * @param unit the unit routing chose
	 * @param reason why
	 */
	public record RoutingView(String unit, String reason) {
	}

}
