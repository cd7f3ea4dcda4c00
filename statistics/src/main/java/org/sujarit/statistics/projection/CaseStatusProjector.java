package org.sujarit.statistics.projection;

import java.util.List;

import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Keeps the case projections up to date from the status events, a batch at a time.
 */
@Component
class CaseStatusProjector implements EventHandler<CaseStatusChanged> {

	private final CaseProjections projections;

	CaseStatusProjector(CaseProjections projections) {
		this.projections = projections;
	}

	@Override
	public EventType<CaseStatusChanged> type() {
		return EventType.CASE_STATUS_CHANGED;
	}

	@Override
	public void check(ReceivedEvent<CaseStatusChanged> event) {
		CaseStatusChanged change = event.data();
		if (change.caseId() == null || change.receivedAt() == null || change.category() == null
				|| change.channel() == null || change.status() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks what the statistics count");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<CaseStatusChanged>> events) {
		this.projections.applyAll(events.stream().map(ReceivedEvent::data).toList());
	}

}
