package org.sujarit.cases.sla;

import org.sujarit.cases.sla.internal.SlaTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseWrite;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Moves a case's due date, before it passes, with an explanation for the complainant.
 * <p>
 * Like any case change it is one conditional update ({@code _id}, version, status, due
 * date, not breached) that sets the new due date, increments the version, appends the
 * public history entry and the {@code CaseStatusChanged} (change EXTENDED) to the outbox.
 * The new date's timers are set before that write; the old date's become stale.
 */
@Component
public class SlaExtension {

	static final int MAX_EXPLANATION = 4000;

	private static final Logger log = LoggerFactory.getLogger(SlaExtension.class);

	private final MongoTemplate mongo;

	private final CaseWrite write;

	private final SlaTimers timers;

	private final SlaCalendar calendar;

	private final Clock clock;

	private final CaseAccess access;

	public SlaExtension(MongoTemplate mongo, CaseWrite write, SlaTimers timers, SlaCalendar calendar, Clock clock,
			CaseAccess access) {
		this.access = access;
		this.mongo = mongo;
		this.write = write;
		this.timers = timers;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Extends a case.
	 * @param caseId the case
	 * @param newDueDate the new due day; the case is due by its end in the municipality's
	 * zone
	 * @param explanation why, for the complainant
	 * @param expectedVersion the version the staff member saw, optional
	 * @param by the staff user
	 * @return the case's new version and due date
	 * @throws ProblemException 404 unknown case; 422 bad date or explanation; 409 closed,
	 * deadline passed, or changed since the version given
	 */
	public Extended extend(String caseId, LocalDate newDueDate, String explanation, Long expectedVersion,
			StaffUser by) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Query byId = Query.query(Criteria.where(CaseDocument.ID).is(caseId));
		byId.fields().exclude(OutboxEntry.FIELD, CaseDocument.HISTORY);
		Document current = this.mongo.findOne(byId, Document.class, CaseDocument.COLLECTION);
		if (current == null) {
			throw ProblemException.notFound("The case", "เรื่องนี้");
		}
		CaseDocument stored = CaseDocument.of(current);
		// who works on a case may extend it; who may not see it learns nothing
		this.access.require(by, stored.accessSubject(), CaseAccess.Operation.WORK);
		validate(newDueDate, explanation);
		Document sla = current.get(SlaFields.SLA, Document.class);
		boolean breached = sla != null && Boolean.TRUE.equals(sla.getBoolean("breached"));
		boolean paused = sla != null && sla.getDate("pausedAt") != null;
		if (expectedVersion != null && expectedVersion != stored.version()) {
			throw conflict("stale-version",
					"The case has changed since version " + expectedVersion + ": it is now at version "
							+ stored.version() + " (" + stored.status() + "). Reload it and try again.",
					"เรื่องนี้มีการเปลี่ยนแปลงแล้ว (ฉบับที่ " + stored.version() + ") กรุณาโหลดใหม่แล้วลองอีกครั้ง");
		}
		if (!stored.status().open()) {
			throw conflict("invalid-transition", "The case is " + stored.status() + ": it cannot be extended",
					"ไม่สามารถขยายเวลาได้ เนื่องจากเรื่องอยู่ในสถานะ " + stored.status());
		}
		Instant due = stored.respondBy();
		if (breached || (!paused && now.isAfter(due))) {
			throw conflict("deadline-passed",
					"The due date " + due + " has passed: a late case cannot be extended, it stays breached",
					"เลยกำหนดเวลาแล้ว ไม่สามารถขยายเวลาได้");
		}
		Instant newDue = this.calendar.endOf(newDueDate).truncatedTo(ChronoUnit.MILLIS);
		if (!newDue.isAfter(due)) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-later",
					"The new due date must be later than the current one (" + due + ")",
					"วันครบกำหนดใหม่ต้องเลยวันครบกำหนดเดิม", List.of(new FieldError("newDueDate", "later",
							"must be after the current due date " + due, "ต้องเป็นวันหลังวันครบกำหนดเดิม")));
		}
		this.timers.schedule(caseId, stored.unit(), newDue, now);
		long version = stored.version() + 1;
		CaseStatus status = stored.status();
		CaseStatusChanged changed = new CaseStatusChanged(caseId, version, stored.category(), stored.channel(),
				stored.unit(), status, status, stored.receivedAt(), newDue, now, explanation, CaseChange.EXTENDED,
				SlaStanding.EXTENDED);
		HistoryEntry entry = new HistoryEntry(now, HistoryAction.EXTENDED, by.username(), status, explanation,
				Visibility.PUBLIC);
		Update update = new Update().set(CaseDocument.RESPOND_BY, Date.from(newDue))
			.set(SlaFields.STANDING, (paused ? SlaStanding.PAUSED : SlaStanding.EXTENDED).name())
			.set(SlaFields.EXTENDED, true)
			.push(SlaFields.EXTENSIONS,
					new Document("at", Date.from(now)).append("by", by.username())
						.append("from", Date.from(due))
						.append("to", Date.from(newDue)))
			.set(CaseDocument.UPDATED_AT, Date.from(now));
		boolean applied = this.write.apply(this.write.change(caseId, stored.version(), update, List.of(entry), changed,
				now, List.of(), List.of()));
		if (!applied) {
			throw conflict("concurrent-change", "The case is being changed by someone else. Reload it and try again.",
					"มีผู้อื่นกำลังแก้ไขเรื่องนี้ กรุณาโหลดใหม่แล้วลองอีกครั้ง");
		}
		log.info("Case {} extended by staff from {} to {} (version {})", caseId, due, newDue, version);
		return new Extended(caseId, version, status, newDue, SlaStanding.EXTENDED);
	}

	private static void validate(LocalDate newDueDate, String explanation) {
		List<FieldError> errors = new ArrayList<>();
		if (newDueDate == null) {
			errors.add(new FieldError("newDueDate", "required", "must be given", "ต้องระบุวันครบกำหนดใหม่"));
		}
		if (explanation == null || explanation.isBlank()) {
			errors.add(new FieldError("explanation", "required",
					"must explain to the complainant why more time is needed", "ต้องชี้แจงเหตุผลที่ขอขยายเวลา"));
		}
		else if (explanation.length() > MAX_EXPLANATION) {
			errors.add(new FieldError("explanation", "max-length", "must be at most " + MAX_EXPLANATION + " characters",
					"ยาวได้ไม่เกิน " + MAX_EXPLANATION + " ตัวอักษร"));
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-extension",
					"The extension is incomplete", "ข้อมูลการขยายเวลาไม่ครบถ้วน", errors);
		}
	}

	private static ProblemException conflict(String code, String message, String messageTh) {
		return new ProblemException(HttpStatus.CONFLICT, code, message, messageTh, List.of());
	}

	/**
	 * An extended case.
	 *
	 * @param caseId the case
	 * @param version its version after the extension
	 * @param status its status, unchanged
	 * @param respondBy the new due date
	 * @param sla its standing
	 */
	public record Extended(String caseId, long version, CaseStatus status, Instant respondBy, SlaStanding sla) {
	}

}
