package org.sujarit.anonymizer.intake;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Sealed whistleblower reports, one at a time (each is decrypted, redacted and admitted
 * to the vault on its own).
 */
@Component
class SealedReportHandler implements EventHandler<WhistleblowerReportSealed> {

	private final SealedReportListener listener;

	SealedReportHandler(SealedReportListener listener) {
		this.listener = listener;
	}

	@Override
	public EventType<WhistleblowerReportSealed> type() {
		return EventType.WHISTLEBLOWER_REPORT_SEALED;
	}

	@Override
	public void handle(List<ReceivedEvent<WhistleblowerReportSealed>> events) {
		events.forEach(this.listener::onReport);
	}

}
