package org.sujarit.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads case status changes and has them delivered to the complainant.
 */
@Component
class CaseStatusListener {

	private final EventCodec codec;

	private final StatusNotifier notifier;

	CaseStatusListener(EventCodec codec, StatusNotifier notifier) {
		this.codec = codec;
		this.notifier = notifier;
	}

	@KafkaListener(topics = Topics.CASE_STATUS)
	void on(ConsumerRecord<String, byte[]> record) {
		if (!this.codec.isOf(EventType.CASE_STATUS_CHANGED, record.value())) {
			return;
		}
		ReceivedEvent<CaseStatusChanged> event = this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value());
		CaseStatusChanged change = event.data();
		if (change.caseId() == null || change.channel() == null || change.status() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks its case, channel or status");
		}
		this.notifier.statusChanged(event.id(), change);
	}

}
