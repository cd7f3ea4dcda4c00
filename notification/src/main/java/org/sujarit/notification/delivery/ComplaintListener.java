package org.sujarit.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns from each general complaint where its status updates go, keeping only the e-mail
 * address, and delivers any update that arrived first.
 */
@Component
class ComplaintListener {

	private final EventCodec codec;

	private final Recipients recipients;

	private final StatusNotifier notifier;

	ComplaintListener(EventCodec codec, Recipients recipients, StatusNotifier notifier) {
		this.codec = codec;
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@KafkaListener(topics = Topics.COMPLAINTS)
	void on(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent<ComplaintSubmitted> event = this.codec.decode(EventType.COMPLAINT_SUBMITTED, record.value());
		ComplaintSubmitted complaint = event.data();
		if (complaint.trackingCode() == null || complaint.trackingCode().isBlank()) {
			throw new UnreadableEventException("Event " + event.id() + " has no tracking code");
		}
		this.recipients.remember(complaint.trackingCode(), email(complaint.complainant()), complaint.receivedAt());
		this.notifier.recipientKnown(complaint.trackingCode());
	}

	private static String email(Complainant complainant) {
		if (complainant == null || complainant.email() == null || complainant.email().isBlank()) {
			return null;
		}
		return complainant.email().strip();
	}

}
