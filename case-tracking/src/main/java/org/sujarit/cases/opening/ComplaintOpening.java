package org.sujarit.cases.opening;

import java.util.List;

import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Opens cases from general complaints, a batch at a time. Returns only once the cases are
 * stored, so the offsets are committed after; a redelivered complaint finds its case open
 * and changes nothing.
 */
@Component
class ComplaintOpening implements EventHandler<ComplaintSubmitted> {

	private final CaseOpener opener;

	ComplaintOpening(CaseOpener opener) {
		this.opener = opener;
	}

	@Override
	public EventType<ComplaintSubmitted> type() {
		return EventType.COMPLAINT_SUBMITTED;
	}

	@Override
	public void check(ReceivedEvent<ComplaintSubmitted> event) {
		ComplaintSubmitted complaint = event.data();
		Require.present(event, complaint.trackingCode() != null && !complaint.trackingCode().isBlank(), "trackingCode");
		Require.present(event, complaint.category() != null, "category");
		Require.present(event, complaint.channel() != null, "channel");
		Require.present(event, complaint.receivedAt() != null, "receivedAt");
		Require.present(event, complaint.respondBy() != null, "respondBy");
	}

	@Override
	public void handle(List<ReceivedEvent<ComplaintSubmitted>> events) {
		this.opener.openAll(events.stream().map(ReceivedEvent::data).toList());
	}

}
