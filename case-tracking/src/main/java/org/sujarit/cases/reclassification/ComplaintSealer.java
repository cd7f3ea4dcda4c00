package org.sujarit.cases.reclassification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.google.crypto.tink.HybridEncrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.FollowUpSealed;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedFollowUp;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Seals a complaint on the corruption track for the anonymizer: its complainant's contact
 * (as a {@link Reporter}: name in {@code firstName}) and its subject and description
 * become a {@link SealedFollowUp} of kind {@link FollowUpKind#RECLASSIFIED}, encrypted to
 * the anonymizer's public sealing keyset exactly as intake seals follow-ups, in a
 * {@link FollowUpSealed} outbox entry. The caller puts that entry in the same write that
 * leaves the contact and text out of the case, so this service never holds them once the
 * case is on the corruption track. The anonymizer answers with the text redacted and a
 * pseudonym.
 * <p>
 * Used by {@link Reclassification} (a general complaint moved to the corruption track)
 * and by the recording of a corruption complaint an intake clerk took off line.
 */
@Component
public class ComplaintSealer {

	private static final Logger log = LoggerFactory.getLogger(ComplaintSealer.class);

	// Crockford base32, as intake's follow-up ids: no I, L, O, U
	private static final char[] SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final Outbox outbox;

	private final EventCodec codec;

	private final ReclassificationProperties properties;

	private volatile HybridEncrypt sealer;

	ComplaintSealer(Outbox outbox, EventCodec codec, ReclassificationProperties properties) {
		this.outbox = outbox;
		this.codec = codec;
		this.properties = properties;
	}

	/**
	 * Checks that sealing is possible, so a caller can refuse before it writes anything.
	 * @throws ProblemException 503 {@code sealing-unavailable} when the anonymizer's
	 * public keyset is missing
	 */
	public void requireAvailable() {
		sealer();
	}

	/**
	 * Seals a complaint's contact and text.
	 * @param caseId the case id (the tracking code), the follow-up's submission id
	 * @param category the corruption category
	 * @param subject the subject, may be null
	 * @param description the description, may be null
	 * @param complainant the contact, may be null
	 * @param at when it was sealed
	 * @return the {@code FollowUpSealed} outbox entry, keyed by the case id
	 */
	public OutboxEntry seal(String caseId, Category category, String subject, String description,
			Complainant complainant, Instant at) {
		HybridEncrypt encrypt = sealer();
		String followUpId = followUpId();
		SealedFollowUp sealed = new SealedFollowUp(caseId, followUpId, FollowUpKind.RECLASSIFIED,
				join(subject, description), reporter(complainant), null, false, category, at);
		return this.outbox.entry(EventType.FOLLOW_UP_SEALED, followUpId, caseId, at,
				new FollowUpSealed(caseId, followUpId, encrypt(encrypt, sealed)));
	}

	private String encrypt(HybridEncrypt encrypt, SealedFollowUp followUp) {
		try {
			// the context binds the ciphertext to its submission and follow-up
			byte[] context = (followUp.submissionId() + ":" + followUp.followUpId()).getBytes(StandardCharsets.UTF_8);
			return Base64.getEncoder().encodeToString(encrypt.encrypt(this.codec.toJson(followUp), context));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Could not seal follow-up " + followUp.followUpId() + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

	// as intake's follow-up ids: FU- and 16 random Crockford base32 symbols
	private String followUpId() {
		StringBuilder id = new StringBuilder("FU-");
		for (int i = 0; i < 16; i++) {
			id.append(SYMBOLS[this.random.nextInt(SYMBOLS.length)]);
		}
		return id.toString();
	}

	private HybridEncrypt sealer() {
		HybridEncrypt loaded = this.sealer;
		if (loaded == null) {
			if (!Files.isReadable(this.properties.sealingKeyset())) {
				log.error("Moving complaints to the corruption track needs the anonymizer's public sealing keyset at {}"
						+ " (sujarit.cases.reclassification.sealing-keyset)", this.properties.sealingKeyset());
				throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "sealing-unavailable",
						"Moving a complaint to the corruption track is not available: the sealing key is missing",
						"ไม่สามารถย้ายเรื่องไปช่องทางเรื่องทุจริตได้ในขณะนี้", List.of());
			}
			loaded = Keysets.sealer(this.properties.sealingKeyset());
			this.sealer = loaded;
		}
		return loaded;
	}

	private static Reporter reporter(Complainant complainant) {
		if (complainant == null) {
			return null;
		}
		return new Reporter(complainant.name(), null, null, complainant.phone(), complainant.email(),
				complainant.lineId(), null);
	}

	private static String join(String subject, String description) {
		if (subject == null) {
			return description;
		}
		return (description != null) ? subject + "\n\n" + description : subject;
	}

}
