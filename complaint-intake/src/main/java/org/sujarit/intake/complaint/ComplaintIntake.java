package org.sujarit.intake.complaint;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.intake.CrockfordBase32;
import org.sujarit.intake.ResponseDeadline;
import org.sujarit.intake.photo.CleanPhoto;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.context.MessageSource;
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
 * intake keeps nothing of it. A photo, already re-encoded without metadata, goes the same
 * way: its {@link ComplaintPhotoAttached} (on its own large-message topic) is in the same
 * outbox of the same insert, so the complaint and its photo are published both or
 * neither, and the photo leaves intake's store once sent.
 */
@Component
public class ComplaintIntake {

	private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);

	/** The rule a corruption category breaks on the general channel. */
	public static final String WHISTLEBLOWER_CHANNEL = "whistleblower-channel";

	private static final Locale THAI = Locale.forLanguageTag("th");

	// 50 random bits make a collision unlikely; a few attempts make a failure absurd
	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final TrackingCodes codes;

	private final ResponseDeadline deadline;

	private final CrockfordBase32 photoIds = new CrockfordBase32(new SecureRandom());

	private final MessageSource messages;

	public ComplaintIntake(MongoTemplate mongo, Outbox outbox, TrackingCodes codes, ResponseDeadline deadline,
			MessageSource messages) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.codes = codes;
		this.deadline = deadline;
		this.messages = messages;
	}

	/**
	 * Files a complaint.
	 * @param request the validated request
	 * @return the tracking code and deadlines
	 * @throws ProblemException when the request uses the whistleblower channel or a
	 * corruption category
	 */
	public ComplaintAccepted submit(ComplaintRequest request) {
		return submit(request, null);
	}

	/**
	 * Files a complaint with a photo.
	 * @param request the validated request
	 * @param photo the photo, already re-encoded without metadata; null for none
	 * @return the tracking code and deadlines
	 * @throws ProblemException when the request uses the whistleblower channel or a
	 * corruption category
	 */
	public ComplaintAccepted submit(ComplaintRequest request, CleanPhoto photo) {
		Channel channel = request.channelOrDefault();
		List<FieldError> errors = new ArrayList<>();
		if (channel == Channel.WHISTLEBLOWER) {
			errors.add(whistleblowerChannel());
		}
		if (request.category() != null && request.category().corruption()) {
			// refused before anything is stored or published: on this channel the
			// complainant's contact and words would reach case-tracking in clear, which
			// the isolation rule forbids for a report of corruption
			errors.add(corruptionCategory());
		}
		if (!errors.isEmpty()) {
			String fields = errors.stream().map(FieldError::field).collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
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
			List<OutboxEntry> entries = new ArrayList<>();
			entries.add(this.outbox.entry(EventType.COMPLAINT_SUBMITTED, code, receivedAt, event));
			if (photo != null) {
				entries.add(photoEntry(code, receivedAt, photo));
			}
			OutboxEntry[] events = entries.toArray(OutboxEntry[]::new);
			try {
				this.outbox.write(StatusDocuments.COMPLAINTS, code, () -> this.mongo.insert(
						StatusDocuments.received(code, request.category(), channel, receivedAt, respondBy, events),
						StatusDocuments.COMPLAINTS));
				log.info("Complaint {} received ({}, {}, photos: {})", code, request.category(), channel,
						(photo != null) ? 1 : 0);
				return new ComplaintAccepted(code, receivedAt, respondBy);
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private OutboxEntry photoEntry(String code, Instant receivedAt, CleanPhoto photo) {
		String photoId = "PH-" + this.photoIds.random(16);
		ComplaintPhotoAttached attached = new ComplaintPhotoAttached(code, photoId, photo.contentType(),
				photo.fileName(1), photo.content().length, photo.sha256(), receivedAt,
				Base64.getEncoder().encodeToString(photo.content()));
		// a stable id: consumers store the photo once however often it is delivered
		return this.outbox.entry(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + photoId, code, receivedAt, attached);
	}

	private static FieldError whistleblowerChannel() {
		List<String> allowed = Arrays.stream(Channel.values())
			.filter((channel) -> channel != Channel.WHISTLEBLOWER)
			.map(Channel::name)
			.toList();
		String list = String.join(", ", allowed);
		return new FieldError("channel", "one-of",
				"must be one of: " + list + "; whistleblower reports go to /api/v1/whistleblower/reports",
				"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + list
						+ " การแจ้งเบาะแสการทุจริตให้ส่งที่ /api/v1/whistleblower/reports");
	}

	private FieldError corruptionCategory() {
		String key = "problem.category." + WHISTLEBLOWER_CHANNEL;
		return new FieldError("category", WHISTLEBLOWER_CHANNEL, this.messages.getMessage(key, null, Locale.ENGLISH),
				this.messages.getMessage(key, null, THAI));
	}

}
