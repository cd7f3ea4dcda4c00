package org.sujarit.notification.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Learns from each general complaint where its status updates go, keeping only the e-mail
 * address, and delivers any update that arrived first. A batch of complaints is recorded
 * with one bulk insert and one lookup of what waits for them.
 */
@Component
class ComplaintRecipients implements EventHandler<ComplaintSubmitted> {

	private final Recipients recipients;

	private final StatusNotifier notifier;

	ComplaintRecipients(Recipients recipients, StatusNotifier notifier) {
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@Override
	public EventType<ComplaintSubmitted> type() {
		return EventType.COMPLAINT_SUBMITTED;
	}

	@Override
	public void check(ReceivedEvent<ComplaintSubmitted> event) {
		String trackingCode = event.data().trackingCode();
		if (trackingCode == null || trackingCode.isBlank()) {
			throw new UnreadableEventException("Event " + event.id() + " has no tracking code");
		}
	}

	@Override
	public void handle(List<ReceivedEvent<ComplaintSubmitted>> events) {
		Map<String, Recipients.Contact> contacts = new LinkedHashMap<>();
		for (ReceivedEvent<ComplaintSubmitted> event : events) {
			ComplaintSubmitted complaint = event.data();
			contacts.putIfAbsent(complaint.trackingCode(), new Recipients.Contact(complaint.trackingCode(),
					email(complaint.complainant()), complaint.receivedAt()));
		}
		this.recipients.rememberAll(contacts.values());
		this.notifier.recipientsKnown(contacts.keySet());
	}

	private static String email(Complainant complainant) {
		if (complainant == null || complainant.email() == null || complainant.email().isBlank()) {
			return null;
		}
		return complainant.email().strip();
	}

}
