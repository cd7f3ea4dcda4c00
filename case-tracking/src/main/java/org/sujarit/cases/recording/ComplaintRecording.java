package org.sujarit.cases.recording;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.opening.CaseOpener;
import org.sujarit.cases.reclassification.ComplaintSealer;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingDecision;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Records complaints received by phone, letter, walk-in, comment box or the Damrongtham
 * centre. Each gets a tracking code in intake's format and flows like an online
 * complaint: {@code ComplaintSubmitted} on the complaints topic, and a case opened with
 * the clock started when the municipality actually received it. A corruption complaint
 * takes the sealed path instead (its contact and text sealed for the anonymizer).
 */
@Component
public class ComplaintRecording {

	private static final Logger log = LoggerFactory.getLogger(ComplaintRecording.class);

	static final Set<Channel> CHANNELS = EnumSet.of(Channel.PHONE, Channel.LETTER, Channel.WALK_IN,
			Channel.COMPLAINT_BOX, Channel.DAMRONGTHAM);

	// Crockford base32, as intake's TrackingCodes: no I, L, O, U
	private static final char[] SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int ATTEMPTS = 3;

	private final SecureRandom random = new SecureRandom();

	private final CaseOpener opener;

	private final CaseAccess access;

	private final Routing routing;

	private final RecordingProperties properties;

	private final Clock clock;

	private final ComplaintSealer sealer;

	ComplaintRecording(CaseOpener opener, CaseAccess access, Routing routing, RecordingProperties properties,
			Clock clock, ComplaintSealer sealer) {
		this.opener = opener;
		this.access = access;
		this.routing = routing;
		this.properties = properties;
		this.clock = clock;
		this.sealer = sealer;
	}

	public RecordedComplaint record(StaffUser clerk, RecordRequest request) {
		this.access.requireRecord(clerk);
		check(request);
		Instant receivedAt = request.receivedAt().truncatedTo(ChronoUnit.MILLIS);
		Instant respondBy = receivedAt.plus(this.properties.respondWithin());
		String namedUnit = this.routing.unitOf(request.namedUnit());
		if (request.category().corruption()) {
			return recordSealed(clerk, request, receivedAt, respondBy, namedUnit);
		}
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String code = trackingCode();
			ComplaintSubmitted complaint = new ComplaintSubmitted(code, request.category(), request.channel(),
					request.subject().strip(), request.description().strip(), request.location(), request.complainant(),
					receivedAt, respondBy);
			try {
				RoutingDecision decision = this.opener.openRecorded(complaint, clerk.username(), namedUnit);
				log.info("Complaint {} recorded from channel {} by {}", code, request.channel(), clerk.username());
				return new RecordedComplaint(code, receivedAt, respondBy, decision.unit(), false);
			}
			catch (DuplicateKeyException ex) {
				// a random code collided: take another
			}
		}
		throw new IllegalStateException("Could not find a free tracking code");
	}

	/**
	 * A corruption complaint takes the sealed path, as a reclassified one does: the
	 * contact and the text are sealed for the anonymizer in the insert that opens the
	 * case on the corruption track without them, and no {@code ComplaintSubmitted}
	 * carries them on the general topic. The isolation rule: a reporter's identity never
	 * reaches case-tracking, whatever door the report came in by.
	 */
	private RecordedComplaint recordSealed(StaffUser clerk, RecordRequest request, Instant receivedAt,
			Instant respondBy, String namedUnit) {
		// a missing key refuses the recording before anything is written
		this.sealer.requireAvailable();
		Complainant contact = contact(request.complainant());
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String code = trackingCode();
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			OutboxEntry sealed = this.sealer.seal(code, request.category(), request.subject().strip(),
					request.description().strip(), contact, now);
			try {
				RoutingDecision decision = this.opener
					.openRecordedSealed(
							new CaseOpener.SealedRecording(code, request.category(), request.channel(), receivedAt,
									respondBy, request.location(), contact != null),
							clerk.username(), namedUnit, sealed);
				log.info("Corruption complaint {} recorded from channel {} by {}; contact and text sealed", code,
						request.channel(), clerk.username());
				return new RecordedComplaint(code, receivedAt, respondBy, decision.unit(), true);
			}
			catch (DuplicateKeyException ex) {
				// a random code collided: take another
			}
		}
		throw new IllegalStateException("Could not find a free tracking code");
	}

	private static Complainant contact(Complainant complainant) {
		if (complainant == null || (blank(complainant.name()) && blank(complainant.phone())
				&& blank(complainant.email()) && blank(complainant.lineId()))) {
			return null;
		}
		return complainant;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	String trackingCode() {
		StringBuilder code = new StringBuilder("SJ-");
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(SYMBOLS[this.random.nextInt(SYMBOLS.length)]);
		}
		return code.toString();
	}

	private void check(RecordRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.channel() == null || !CHANNELS.contains(request.channel())) {
			String allowed = CHANNELS.stream().map(Enum::name).collect(Collectors.joining(", "));
			errors.add(new FieldError("channel", "one-of", "must be one of: " + allowed,
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + allowed));
		}
		Instant now = this.clock.instant();
		if (request.receivedAt() == null) {
			errors.add(new FieldError("receivedAt", "required", "is required: when the complaint was received",
					"ต้องระบุวันเวลาที่ได้รับเรื่อง"));
		}
		else if (request.receivedAt().isAfter(now.plusSeconds(60))) {
			errors.add(new FieldError("receivedAt", "not-future", "must not be in the future",
					"วันเวลาที่ได้รับเรื่องต้องไม่เป็นเวลาในอนาคต"));
		}
		else if (request.receivedAt().isBefore(now.minus(this.properties.maxAge()))) {
			long days = this.properties.maxAge().toDays();
			errors.add(new FieldError("receivedAt", "max-age", "must be within the last " + days + " days",
					"วันที่ได้รับเรื่องต้องไม่เกิน " + days + " วันที่ผ่านมา"));
		}
		if (request.category() == null) {
			errors.add(new FieldError("category", "required", "is required", "ต้องระบุประเภทเรื่อง"));
		}
		text(errors, "subject", request.subject(), 200, "หัวเรื่อง");
		text(errors, "description", request.description(), 5000, "รายละเอียด");
		if (request.namedUnit() != null && !request.namedUnit().isBlank()
				&& this.routing.unitOf(request.namedUnit()) == null) {
			String units = String.join(", ", this.routing.units().keySet());
			errors.add(new FieldError("namedUnit", "one-of", "must be one of: " + units,
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + units));
		}
		if (!errors.isEmpty()) {
			String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max, String nameTh) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "required", "is required", "ต้องระบุ" + nameTh));
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field, "max-length", "must be at most " + max + " characters",
					nameTh + "ต้องไม่เกิน " + max + " ตัวอักษร"));
		}
	}

}
