package org.sujarit.cases.whistleblower;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Approved identity disclosures, recorded on the case.
 */
@Component
class DisclosureHandler implements EventHandler<IdentityDisclosed> {

	private final FollowUps followUps;

	DisclosureHandler(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public EventType<IdentityDisclosed> type() {
		return EventType.IDENTITY_DISCLOSED;
	}

	@Override
	public void check(ReceivedEvent<IdentityDisclosed> event) {
		if (event.data().submissionId() == null || event.data().requestId() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks submissionId or requestId");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<IdentityDisclosed>> events) {
		events.forEach((event) -> this.followUps.apply(event.data()));
	}

}
