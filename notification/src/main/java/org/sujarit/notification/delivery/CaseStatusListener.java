package org.sujarit.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.notification.staff.StaffAlerts;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the case status topic: status changes go to the complainant, deadline alerts to
 * staff. One listener for both, because two listeners in one consumer group would split
 * the topic between them.
 */
@Component
class CaseStatusListener {

	private final EventCodec codec;

	private final StatusNotifier notifier;

	private final StaffAlerts staffAlerts;

	CaseStatusListener(EventCodec codec, StatusNotifier notifier, StaffAlerts staffAlerts) {
		this.codec = codec;
		this.notifier = notifier;
		this.staffAlerts = staffAlerts;
	}

	@KafkaListener(topics = Topics.CASE_STATUS)
	void on(ConsumerRecord<String, byte[]> record) {
		if (this.codec.isOf(EventType.SLA_ALERT, record.value())) {
			this.staffAlerts.deliver(this.codec.decode(EventType.SLA_ALERT, record.value()).data());
			return;
		}
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
