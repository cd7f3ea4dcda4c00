package org.sujarit.notification.delivery;

import java.util.List;

import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Status changes go to the complainant (deadline alerts on the same topic go to staff,
 * {@code staff.SlaAlertDelivery}).
 */
@Component
class CaseStatusDelivery implements EventHandler<CaseStatusChanged> {

	private final StatusNotifier notifier;

	CaseStatusDelivery(StatusNotifier notifier) {
		this.notifier = notifier;
	}

	@Override
	public EventType<CaseStatusChanged> type() {
		return EventType.CASE_STATUS_CHANGED;
	}

	@Override
	public void check(ReceivedEvent<CaseStatusChanged> event) {
		CaseStatusChanged change = event.data();
		if (change.caseId() == null || change.channel() == null || change.status() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks its case, channel or status");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<CaseStatusChanged>> events) {
		this.notifier.statusChanged(events);
	}

}
