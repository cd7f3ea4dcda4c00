package org.sujarit.intake.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.intake.ResponseDeadline;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Takes in general complaints.
 * <p>
 * A complaint becomes one document: the public status view plus the
 * {@link ComplaintSubmitted} event in its outbox, written together. What the complainant
 * wrote and how to reach them travel only in the event; once the relay has published it,
 * intake keeps nothing of it.
 */
@Component
public class ComplaintIntake {

	private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);

	// 50 random bits make a collision unlikely; a few attempts make a failure absurd
	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final TrackingCodes codes;

	private final ResponseDeadline deadline;

	public ComplaintIntake(MongoTemplate mongo, Outbox outbox, TrackingCodes codes, ResponseDeadline deadline) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.codes = codes;
		this.deadline = deadline;
	}

	/**
	 * Files a complaint.
	 * @param request the validated request
	 * @return the tracking code and deadlines
	 * @throws ProblemException when the request uses the whistleblower channel
	 */
	public ComplaintAccepted submit(ComplaintRequest request) {
		Channel channel = request.channelOrDefault();
		if (channel == Channel.WHISTLEBLOWER) {
			throw whistleblowerChannel();
		}
		Instant receivedAt = this.deadline.now();
		Instant respondBy = this.deadline.respondBy(receivedAt);
		for (int attempt = 1;; attempt++) {
			String code = this.codes.next();
			ComplaintSubmitted event = new ComplaintSubmitted(code, request.category(), channel,
					request.subject().strip(), request.description().strip(),
					(request.location() != null) ? request.location().toLocation() : null,
					(request.complainant() != null) ? request.complainant().toComplainant() : null, receivedAt,
					respondBy);
			OutboxEntry entry = this.outbox.entry(EventType.COMPLAINT_SUBMITTED, code, receivedAt, event);
			try {
				this.outbox.write(StatusDocuments.COMPLAINTS, code, () -> this.mongo.insert(
						StatusDocuments.received(code, request.category(), channel, receivedAt, respondBy, entry),
						StatusDocuments.COMPLAINTS));
				log.info("Complaint {} received ({}, {})", code, request.category(), channel);
				return new ComplaintAccepted(code, receivedAt, respondBy);
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static ProblemException whistleblowerChannel() {
		List<String> allowed = Arrays.stream(Channel.values())
			.filter((channel) -> channel != Channel.WHISTLEBLOWER)
			.map(Channel::name)
			.toList();
		String list = String.join(", ", allowed);
		return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields: channel",
				"ข้อมูลไม่ถูกต้อง: channel",
				List.of(new FieldError("channel", "one-of",
						"must be one of: " + list + "; whistleblower reports go to /api/v1/whistleblower/reports",
						"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + list
								+ " การแจ้งเบาะแสการทุจริตให้ส่งที่ /api/v1/whistleblower/reports")));
	}

}
