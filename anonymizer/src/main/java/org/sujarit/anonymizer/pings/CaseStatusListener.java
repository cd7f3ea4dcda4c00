package org.sujarit.anonymizer.pings;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads case-status changes for the update pings; skips every other event type on the
 * topic (deadline alerts for staff) and every case not on the whistleblower track.
 */
@Component
public class CaseStatusListener {

	private final EventCodec codec;

	private final Pings pings;

	public CaseStatusListener(EventCodec codec, Pings pings) {
		this.codec = codec;
		this.pings = pings;
	}

	@KafkaListener(topics = Topics.CASE_STATUS)
	void onCaseStatus(ConsumerRecord<String, byte[]> record) {
		if (!this.codec.isOf(EventType.CASE_STATUS_CHANGED, record.value())) {
			return;
		}
		ReceivedEvent<CaseStatusChanged> event = this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value());
		CaseStatusChanged change = event.data();
		if (change.caseId() == null) {
			return;
		}
		this.pings.onCaseChange(event.id(), change.caseId(), change.changeOrDefault());
	}

}
