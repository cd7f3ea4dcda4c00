package org.sujarit.anonymizer.intake;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Sealed follow-ups, one at a time, after the report they belong to (same key, same
 * partition, topic order).
 */
@Component
class SealedFollowUpHandler implements EventHandler<FollowUpSealed> {

	private final SealedReportListener listener;

	SealedFollowUpHandler(SealedReportListener listener) {
		this.listener = listener;
	}

	@Override
	public EventType<FollowUpSealed> type() {
		return EventType.FOLLOW_UP_SEALED;
	}

	@Override
	public void handle(List<ReceivedEvent<FollowUpSealed>> events) {
		events.forEach(this.listener::onFollowUp);
	}

}
