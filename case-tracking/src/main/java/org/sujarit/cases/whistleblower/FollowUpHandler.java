package org.sujarit.cases.whistleblower;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Sanitized follow-ups of whistleblower reports, in the order they were sent.
 */
@Component
class FollowUpHandler implements EventHandler<FollowUpSanitized> {

	private final FollowUps followUps;

	FollowUpHandler(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public EventType<FollowUpSanitized> type() {
		return EventType.FOLLOW_UP_SANITIZED;
	}

	@Override
	public void check(ReceivedEvent<FollowUpSanitized> event) {
		FollowUpSanitized followUp = event.data();
		// names the field only: the message goes to dead-letter headers and logs
		if (followUp.submissionId() == null || followUp.followUpId() == null || followUp.kind() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks submissionId, followUpId or kind");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<FollowUpSanitized>> events) {
		events.forEach((event) -> this.followUps.apply(event.data()));
	}

}
