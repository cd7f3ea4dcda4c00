package org.sujarit.cases.reclassification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.google.crypto.tink.HybridEncrypt;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseKind;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.handling.CaseDetail;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.cases.handling.CaseHandling.Change;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingDecision;
import org.sujarit.platform.events.CaseChange;
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
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Moves a general complaint to the corruption track. Its complainant's contact and text
 * are sealed for the anonymizer, as intake seals a report, and leave the case in the same
 * write that reroutes it and publishes the sealed follow-up and the status event: from
 * then on it is a corruption case, and this service never holds that complainant's
 * identity again. The anonymizer sends the text back sanitized, with a pseudonym.
 */
@Component
public class Reclassification {

	private static final Logger log = LoggerFactory.getLogger(Reclassification.class);

	private final CaseHandling handling;

	private final Routing routing;

	private final Outbox outbox;

	private final EventCodec codec;

	private final ReclassificationProperties properties;

	private static final char[] SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final java.security.SecureRandom random = new java.security.SecureRandom();

	private volatile HybridEncrypt sealer;

	Reclassification(CaseHandling handling, Routing routing, Outbox outbox, EventCodec codec,
			ReclassificationProperties properties) {
		this.handling = handling;
		this.routing = routing;
		this.outbox = outbox;
		this.codec = codec;
		this.properties = properties;
	}

	public CaseDetail reclassify(StaffUser user, String caseId, Category category, String reason, Long version) {
		if (category == null || !category.corruption()) {
			String allowed = Arrays.stream(Category.values())
				.filter(Category::corruption)
				.map(Enum::name)
				.collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: category", "ข้อมูลไม่ถูกต้อง: category",
					List.of(new FieldError("category", "one-of", "must be a corruption category: " + allowed,
							"ต้องเป็นประเภทเรื่องทุจริตหรือประพฤติมิชอบ: " + allowed)));
		}
		HybridEncrypt encrypt = sealer();
		return this.handling.perform(user, caseId, Operation.WORK, version,
				(current) -> plan(current, category, reason, user, encrypt));
	}

	private Change plan(CaseDocument current, Category category, String reason, StaffUser user, HybridEncrypt encrypt) {
		if (current.kind() != CaseKind.GENERAL || current.corruption()) {
			throw new ProblemException(HttpStatus.CONFLICT, "already-corruption",
					"The case is already on the corruption track", "เรื่องนี้อยู่ในช่องทางเรื่องทุจริตแล้ว", List.of());
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String followUpId = followUpId();
		String text = join(current.subject(), current.description());
		SealedFollowUp sealed = new SealedFollowUp(current.caseId(), followUpId, FollowUpKind.RECLASSIFIED, text,
				reporter(current.complainant()), null, false, category, now);
		OutboxEntry sealedEvent = this.outbox.entry(EventType.FOLLOW_UP_SEALED, followUpId, current.caseId(), now,
				new FollowUpSealed(current.caseId(), followUpId, seal(encrypt, sealed)));
		RoutingDecision decision = this.routing.general(category, current.namedUnit());
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		List<HistoryEntry> entries = List.of(
				this.handling.entry(HistoryAction.RECLASSIFIED, user.username(), current.status(), why,
						Visibility.INTERNAL, current.category() + " -> " + category),
				this.handling.entry(HistoryAction.ROUTED, HistoryEntry.SYSTEM, current.status(), decision.reason(),
						Visibility.INTERNAL, decision.unit()));
		return new Change(current.status(), entries, CaseChange.RECLASSIFIED, null,
				new CaseDocument.After(decision.unit(), category, null, null),
				(update) -> update.set(CaseDocument.CATEGORY, category.name())
					.set(CaseDocument.KIND, CaseKind.WHISTLEBLOWER.name())
					.set(CaseDocument.CORRUPTION, true)
					.set(CaseDocument.UNIT, decision.unit())
					.set(CaseDocument.ROUTING,
							new Document("unit", decision.unit()).append("reason", decision.reason()))
					.set(CaseDocument.IDENTITY_SEALED, current.complainant() != null)
					.unset(CaseDocument.COMPLAINANT)
					.unset(CaseDocument.SUBJECT)
					.unset(CaseDocument.DESCRIPTION)
					.unset(CaseDocument.ASSIGNEE)
					.unset(CaseDocument.RECORDED_BY),
				List.of(sealedEvent));
	}

	private String seal(HybridEncrypt encrypt, SealedFollowUp followUp) {
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
				log.error("Reclassification needs the anonymizer's public sealing keyset at {}"
						+ " (sujarit.cases.reclassification.sealing-keyset)", this.properties.sealingKeyset());
				throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "sealing-unavailable",
						"Reclassification is not available: the sealing key is missing",
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
