package org.sujarit.anonymizer.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.WhistleblowerReportSealed;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes sealed whistleblower reports off their topic, opens them, redacts the reporter
 * out of the narrative and admits them to the vault, which publishes the sanitized
 * report. It returns only once the vault write is done, so the offset is committed after
 * it; a redelivered report finds itself in the vault and is dropped.
 */
@Component
public class SealedReportListener {

	private static final Logger log = LoggerFactory.getLogger(SealedReportListener.class);

	private final EventCodec codec;

	private final SealedReportOpener opener;

	private final Redactor redactor;

	private final IdentityVault vault;

	public SealedReportListener(EventCodec codec, SealedReportOpener opener, Redactor redactor, IdentityVault vault) {
		this.codec = codec;
		this.opener = opener;
		this.redactor = redactor;
		this.vault = vault;
	}

	@KafkaListener(topics = Topics.WHISTLEBLOWER_SEALED)
	void onSealedReport(ConsumerRecord<String, byte[]> record) {
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
			return this.redactor.redact(report.narrative(), report.reporter());
		}
		catch (RuntimeException ex) {
			// without the cause: its message could quote the text being redacted
			throw new IllegalStateException(
					"Redaction of report " + report.submissionId() + " failed (" + ex.getClass().getName() + ")");
		}
	}

}
