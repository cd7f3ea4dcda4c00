package org.sujarit.intake.followup;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.google.crypto.tink.HybridEncrypt;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.intake.CrockfordBase32;
import org.sujarit.intake.ResponseDeadline;
import org.sujarit.intake.status.FollowUpView;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.intake.status.StatusViews;
import org.sujarit.intake.whistleblower.WhistleblowerIntake;
import org.sujarit.platform.runtime.keys.SealingContext;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Anonymous follow-up with the receipt alone: the report's status and timeline, and
 * messages, evidence, an added identity and update pings sealed for the anonymizer.
 * <p>
 * Each follow-up is its own small aggregate in {@value #FOLLOW_UPS} (by {@code _id}),
 * holding its sealed event in the outbox until the relay has sent it, so a large file
 * never swells the submission's document. Written in this order: the follow-up with its
 * event, then its id and time in the submission's pending list. A crash in between sends
 * a message that is never shown as pending, which is harmless (it appears once it is
 * back); the other order could show a message as pending forever. Intake keeps nothing
 * the reporter wrote: the reporter sees their message again once it comes back sanitized.
 */
@Component
public class FollowUpIntake {

	/** Follow-ups, each holding its sealed event until it is sent. */
	public static final String FOLLOW_UPS = "follow_ups";

	static final String FOLLOW_UP_PREFIX = "FU-";

	private static final int FOLLOW_UP_SYMBOLS = 16;

	private static final Logger log = LoggerFactory.getLogger(FollowUpIntake.class);

	private final WhistleblowerIntake whistleblower;

	private final StatusViews views;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final EventCodec codec;

	private final HybridEncrypt sealer;

	private final ResponseDeadline clock;

	private final CrockfordBase32 symbols = new CrockfordBase32(new SecureRandom());

	public FollowUpIntake(WhistleblowerIntake whistleblower, StatusViews views, MongoTemplate mongo, Outbox outbox,
			EventCodec codec, HybridEncrypt sealer, ResponseDeadline clock) {
		this.whistleblower = whistleblower;
		this.views = views;
		this.mongo = mongo;
		this.outbox = outbox;
		this.codec = codec;
		this.sealer = sealer;
		this.clock = clock;
	}

	/**
	 * The report's status and timeline.
	 * @param receipt the receipt as typed
	 * @return the view
	 * @throws org.sujarit.platform.runtime.web.ProblemException 404 when the receipt
	 * leads nowhere
	 */
	public FollowUpView view(String receipt) {
		return this.views.followUp(submissionOf(receipt)).orElseThrow(WhistleblowerIntake::unknownReceipt);
	}

	/**
	 * Seals a message to the legal officer.
	 * @param receipt the receipt as typed
	 * @param message the message, validated
	 * @return what was sent and what happens next
	 */
	public FollowUpAccepted message(String receipt, String message) {
		return seal(submissionOf(receipt), FollowUpKind.MESSAGE, message.strip(), null, null, false);
	}

	/**
	 * Seals an evidence file that passed the {@link EvidencePolicy}.
	 * @param receipt the receipt as typed
	 * @param file the file
	 * @return what was sent and what happens next
	 */
	public FollowUpAccepted evidence(String receipt, EvidenceFile file) {
		return seal(submissionOf(receipt), FollowUpKind.EVIDENCE, null, null, file, false);
	}

	FollowUpAccepted identity(String receipt, Reporter reporter) {
		return seal(submissionOf(receipt), FollowUpKind.IDENTITY_ADDED, null, reporter, null, false);
	}

	FollowUpAccepted pings(String receipt, boolean enabled) {
		return seal(submissionOf(receipt), FollowUpKind.PINGS, null, null, null, enabled);
	}

	private String submissionOf(String receipt) {
		return this.whistleblower.submissionOf(receipt).orElseThrow(WhistleblowerIntake::unknownReceipt);
	}

	private FollowUpAccepted seal(String submissionId, FollowUpKind kind, String message, Reporter reporter,
			EvidenceFile evidence, boolean updatePings) {
		String followUpId = FOLLOW_UP_PREFIX + this.symbols.random(FOLLOW_UP_SYMBOLS);
		Instant sentAt = this.clock.now();
		SealedFollowUp followUp = new SealedFollowUp(submissionId, followUpId, kind, message, reporter, evidence,
				updatePings, null, sentAt);
		// keyed by the submission: one report's follow-ups stay in order
		OutboxEntry entry = this.outbox.entry(EventType.FOLLOW_UP_SEALED, submissionId, sentAt,
				new FollowUpSealed(submissionId, followUpId, seal(followUp)));
		Document document = new Document("_id", followUpId).append("submissionId", submissionId)
			.append("kind", kind.name())
			.append("sentAt", Date.from(sentAt))
			.append(OutboxEntry.FIELD, List.of(entry.toDocument()));
		this.outbox.write(FOLLOW_UPS, followUpId, () -> this.mongo.insert(document, FOLLOW_UPS));
		StatusDocuments.pending(kind, followUpId, sentAt)
			.ifPresent((pending) -> this.mongo.updateFirst(Query.query(Criteria.where("_id").is(submissionId)), pending,
					StatusDocuments.WHISTLEBLOWER_SUBMISSIONS));
		log.info("Whistleblower follow-up {} ({}) for {} sealed", followUpId, kind, submissionId);
		return new FollowUpAccepted(followUpId, kind, sentAt, FollowUpAccepted.next(kind, updatePings));
	}

	private String seal(SealedFollowUp followUp) {
		try {
			byte[] ciphertext = this.sealer.encrypt(this.codec.toJson(followUp),
					SealingContext.followUp(followUp.submissionId(), followUp.followUpId()));
			return Base64.getEncoder().encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			// the class only: nothing here needs the plaintext
			throw new IllegalStateException(
					"Could not seal follow-up " + followUp.followUpId() + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

}
