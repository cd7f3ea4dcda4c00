package org.sujarit.anonymizer.pings;

import java.util.List;

import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Reads case-status changes for the update pings; every case not on the whistleblower
 * track is skipped by {@link Pings} (deadline alerts on the topic never reach here).
 */
@Component
class CaseStatusPings implements EventHandler<CaseStatusChanged> {

	private final Pings pings;

	CaseStatusPings(Pings pings) {
		this.pings = pings;
	}

	@Override
	public EventType<CaseStatusChanged> type() {
		return EventType.CASE_STATUS_CHANGED;
	}

	@Override
	public void handle(List<ReceivedEvent<CaseStatusChanged>> events) {
		for (ReceivedEvent<CaseStatusChanged> event : events) {
			CaseStatusChanged change = event.data();
			if (change.caseId() != null) {
				this.pings.onCaseChange(event.id(), change.caseId(), change.changeOrDefault());
			}
		}
	}

}
