package org.sujarit.cases.opening;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Opens cases from sanitized whistleblower reports. Returns only once the case is stored;
 * a redelivered report finds its case open and changes nothing.
 */
@Component
class ReportOpening implements EventHandler<ReportSanitized> {

	private final CaseOpener opener;

	ReportOpening(CaseOpener opener) {
		this.opener = opener;
	}

	@Override
	public EventType<ReportSanitized> type() {
		return EventType.REPORT_SANITIZED;
	}

	@Override
	public void check(ReceivedEvent<ReportSanitized> event) {
		ReportSanitized report = event.data();
		Require.present(event, report.submissionId() != null && !report.submissionId().isBlank(), "submissionId");
		Require.present(event, report.pseudonym() != null && !report.pseudonym().isBlank(), "pseudonym");
		Require.present(event, report.category() != null, "category");
		Require.present(event, report.receivedAt() != null, "receivedAt");
		Require.present(event, report.respondBy() != null, "respondBy");
	}

	@Override
	public void handle(List<ReceivedEvent<ReportSanitized>> events) {
		// few, and each carries its own routing: one at a time
		events.forEach((event) -> this.opener.open(event.data()));
	}

}
