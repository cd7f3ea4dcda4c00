package org.sujarit.anonymizer.followup;

import java.util.List;

import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Sealed follow-ups, opened and handed to {@link FollowUps} one at a time, after the
 * report they belong to (same key, same partition, topic order).
 */
@Component
class SealedFollowUpHandler implements EventHandler<FollowUpSealed> {

	private final FollowUpOpener opener;

	private final FollowUps followUps;

	SealedFollowUpHandler(FollowUpOpener opener, FollowUps followUps) {
		this.opener = opener;
		this.followUps = followUps;
	}

	@Override
	public EventType<FollowUpSealed> type() {
		return EventType.FOLLOW_UP_SEALED;
	}

	@Override
	public void handle(List<ReceivedEvent<FollowUpSealed>> events) {
		// opened and handled one by one: each returns only once its vault write is done
		events.forEach((event) -> this.followUps.handle(this.opener.open(event)));
	}

}
