package org.sujarit.anonymizer.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.followup.FollowUpOpener;
import org.sujarit.anonymizer.followup.FollowUps;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.WhistleblowerReportSealed;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes sealed whistleblower reports and follow-ups off their topic and opens them.
 * Reports are redacted and admitted to the vault, which publishes the sanitized report;
 * follow-ups go to {@link FollowUps}. It returns only once the vault write is done, so
 * the offset is committed after it; a redelivery finds itself in the vault and is
 * dropped. Both travel keyed by submission id, so a report is always handled before its
 * follow-ups.
 */
@Component
public class SealedReportListener {

	private static final Logger log = LoggerFactory.getLogger(SealedReportListener.class);

	private final EventCodec codec;

	private final SealedReportOpener opener;

	private final FollowUpOpener followUpOpener;

	private final Redactor redactor;

	private final IdentityVault vault;

	private final FollowUps followUps;

	public SealedReportListener(EventCodec codec, SealedReportOpener opener, FollowUpOpener followUpOpener,
			Redactor redactor, IdentityVault vault, FollowUps followUps) {
		this.codec = codec;
		this.opener = opener;
		this.followUpOpener = followUpOpener;
		this.redactor = redactor;
		this.vault = vault;
		this.followUps = followUps;
	}

	@KafkaListener(topics = Topics.WHISTLEBLOWER_SEALED)
	void onSealedReport(ConsumerRecord<String, byte[]> record) {
		if (this.codec.isOf(EventType.FOLLOW_UP_SEALED, record.value())) {
			ReceivedEvent<FollowUpSealed> event = this.codec.decode(EventType.FOLLOW_UP_SEALED, record.value());
			this.followUps.handle(this.followUpOpener.open(event));
			return;
		}
		if (!this.codec.isOf(EventType.WHISTLEBLOWER_REPORT_SEALED, record.value())) {
			return;
		}
		ReceivedEvent<WhistleblowerReportSealed> event = this.codec.decode(EventType.WHISTLEBLOWER_REPORT_SEALED,
				record.value());
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
