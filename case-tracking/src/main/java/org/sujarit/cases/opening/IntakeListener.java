package org.sujarit.cases.opening;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.cases.whistleblower.FollowUps;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpSanitized;
import org.sujarit.platform.events.IdentityDisclosed;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.ReportSanitized;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens cases from general complaints and sanitized whistleblower reports. Returns only
 * once the case is stored, so the offset is committed after it; a redelivered event finds
 * its case open and changes nothing.
 */
@Component
class IntakeListener {

	private final EventCodec codec;

	private final CaseOpener opener;

	private final FollowUps followUps;

	IntakeListener(EventCodec codec, CaseOpener opener, FollowUps followUps) {
		this.codec = codec;
		this.opener = opener;
		this.followUps = followUps;
	}

	@KafkaListener(topics = Topics.COMPLAINTS)
	void complaintSubmitted(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent<ComplaintSubmitted> event = this.codec.decode(EventType.COMPLAINT_SUBMITTED, record.value());
		ComplaintSubmitted complaint = event.data();
		require(event, complaint.trackingCode() != null && !complaint.trackingCode().isBlank(), "trackingCode");
		require(event, complaint.category() != null, "category");
		require(event, complaint.channel() != null, "channel");
		require(event, complaint.receivedAt() != null, "receivedAt");
		require(event, complaint.respondBy() != null, "respondBy");
		this.opener.open(complaint);
	}

	@KafkaListener(topics = Topics.REPORTS_SANITIZED)
	void reportSanitized(ConsumerRecord<String, byte[]> record) {
		// one listener per topic: the group shares the partitions among listeners
		if (this.codec.isOf(EventType.FOLLOW_UP_SANITIZED, record.value())) {
			ReceivedEvent<FollowUpSanitized> event = this.codec.decode(EventType.FOLLOW_UP_SANITIZED, record.value());
			require(event, event.data().submissionId() != null, "submissionId");
			require(event, event.data().followUpId() != null, "followUpId");
			require(event, event.data().kind() != null, "kind");
			this.followUps.apply(event.data());
			return;
		}
		if (this.codec.isOf(EventType.IDENTITY_DISCLOSED, record.value())) {
			ReceivedEvent<IdentityDisclosed> event = this.codec.decode(EventType.IDENTITY_DISCLOSED, record.value());
			require(event, event.data().submissionId() != null, "submissionId");
			require(event, event.data().requestId() != null, "requestId");
			this.followUps.apply(event.data());
			return;
		}
		if (!this.codec.isOf(EventType.REPORT_SANITIZED, record.value())) {
			return;
		}
		ReceivedEvent<ReportSanitized> event = this.codec.decode(EventType.REPORT_SANITIZED, record.value());
		ReportSanitized report = event.data();
		require(event, report.submissionId() != null && !report.submissionId().isBlank(), "submissionId");
		require(event, report.pseudonym() != null && !report.pseudonym().isBlank(), "pseudonym");
		require(event, report.category() != null, "category");
		require(event, report.receivedAt() != null, "receivedAt");
		require(event, report.respondBy() != null, "respondBy");
		this.opener.open(report);
	}

	// names the field only: the message goes to dead-letter headers and logs
	private static void require(ReceivedEvent<?> event, boolean present, String field) {
		if (!present) {
			throw new UnreadableEventException("Event " + event.id() + " has no " + field);
		}
	}

}
