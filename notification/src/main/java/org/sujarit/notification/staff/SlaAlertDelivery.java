package org.sujarit.notification.staff;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Deadline alerts from the case status topic, to the staff they concern.
 */
@Component
class SlaAlertDelivery implements EventHandler<SlaAlert> {

	private final StaffAlerts alerts;

	SlaAlertDelivery(StaffAlerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public EventType<SlaAlert> type() {
		return EventType.SLA_ALERT;
	}

	@Override
	public void handle(List<ReceivedEvent<SlaAlert>> events) {
		for (ReceivedEvent<SlaAlert> event : events) {
			this.alerts.deliver(event.data());
		}
	}

}
