package org.sujarit.anonymizer.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.WhistleblowerReportSealed;

import org.springframework.stereotype.Component;

/**
 * Opens sealed whistleblower reports taken off their topic (by
 * {@link SealedReportHandler}, in topic order; follow-ups on the same topic are the
 * followup package's). Reports are redacted and admitted to the vault, which publishes
 * the sanitized report. It returns only once the vault write is done, so the offset is
 * committed after it; a redelivery finds itself in the vault and is dropped. Both travel
 * keyed by submission id, so a report is always handled before its follow-ups.
 */
@Component
public class SealedReportListener {

	private static final Logger log = LoggerFactory.getLogger(SealedReportListener.class);

	private final SealedReportOpener opener;

	private final Redactor redactor;

	private final IdentityVault vault;

	public SealedReportListener(SealedReportOpener opener, Redactor redactor, IdentityVault vault) {
		this.opener = opener;
		this.redactor = redactor;
		this.vault = vault;
	}

	/**
	 * Opens a sealed report, redacts it and admits it to the vault
	 * ({@link SealedReportHandler} binds it).
	 * @param event the sealed report
	 */
	void onReport(ReceivedEvent<WhistleblowerReportSealed> event) {
		SealedReport report = this.opener.open(event);
		if (this.vault.holds(report.submissionId())) {
			log.info("Report {} is already in the vault; event {} was a redelivery", report.submissionId(), event.id());
			return;
		}
		this.vault.admit(report, redact(report));
	}

	private String redact(SealedReport report) {
		try {
			// the accused named in the form keeps a first or family name shared with the
			// reporter
			String accused = (report.accused() != null) ? report.accused().name() : null;
			return this.redactor.redact(report.narrative(), report.reporter(), accused);
		}
		catch (RuntimeException ex) {
			// without the cause: its message could quote the text being redacted
			throw new IllegalStateException(
					"Redaction of report " + report.submissionId() + " failed (" + ex.getClass().getName() + ")");
		}
	}

}
