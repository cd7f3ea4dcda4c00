package org.sujarit.statistics.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case projections up to date from the status events.
 */
@Component
class CaseStatusListener {

	private static final Logger log = LoggerFactory.getLogger(CaseStatusListener.class);

	private final EventCodec codec;

	private final CaseProjections projections;

	CaseStatusListener(EventCodec codec, CaseProjections projections) {
		this.codec = codec;
		this.projections = projections;
	}

	@KafkaListener(topics = Topics.CASE_STATUS)
	void on(ConsumerRecord<String, byte[]> record) {
		// the topic also carries staff deadline alerts
		if (!this.codec.isOf(EventType.CASE_STATUS_CHANGED, record.value())) {
			return;
		}
		ReceivedEvent<CaseStatusChanged> event = this.codec.decode(EventType.CASE_STATUS_CHANGED, record.value());
		CaseStatusChanged change = event.data();
		if (change.caseId() == null || change.receivedAt() == null || change.category() == null
				|| change.channel() == null || change.status() == null) {
			throw new UnreadableEventException("Event " + event.id() + " lacks what the statistics count");
		}
		if (!this.projections.apply(change)) {
			log.debug("Event {} (case {} version {}) is not newer than what is counted", event.id(), change.caseId(),
					change.caseVersion());
		}
	}

}
