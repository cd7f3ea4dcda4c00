package org.sujarit.cases.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseWrite;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.cases.lifecycle.CaseAction;
import org.sujarit.cases.lifecycle.CaseLifecycle;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.sla.SlaClock;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.runtime.outbox.OutboxEntry;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads cases and changes them: lifecycle actions, notes, public messages, claiming,
 * assignment and reassignment.
 * <p>
 * Each change is one conditional update of the case: it applies only if the case still
 * has the version and status it was checked against, and in the same write it appends the
 * audit entries and, for a change the complainant or other services learn of, the status
 * event. Two staff members acting at once cannot both win, and a change is never recorded
 * without its event or the reverse. Who may do what is checked here, not only by URL.
 */
@Component
public class CaseHandling {

	private static final Logger log = LoggerFactory.getLogger(CaseHandling.class);

	// without a version from the caller, a lost race is retried against the new state
	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final CaseWrite write;

	private final CaseLifecycle lifecycle;

	private final Routing routing;

	private final CaseAccess access;

	private final LifecycleProperties properties;

	private final Clock clock;

	private final SlaClock sla;

	private final MessageSource messages;

	private static final Locale THAI = Locale.forLanguageTag("th");

	public CaseHandling(MongoTemplate mongo, CaseWrite write, CaseLifecycle lifecycle, Routing routing,
			CaseAccess access, LifecycleProperties properties, Clock clock, SlaClock sla, MessageSource messages) {
		this.messages = messages;
		this.sla = sla;
		this.mongo = mongo;
		this.write = write;
		this.lifecycle = lifecycle;
		this.routing = routing;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A planned change of a case.
	 *
	 * @param to the status after it
	 * @param entries the audit entries it appends
	 * @param change what its status event reports, null for a change that publishes none
	 * @param publicMessage the message to the complainant, optional
	 * @param after what else the event reports as changed
	 * @param extra further field updates of the same write
	 * @param events further outbox entries of the same write, published before the status
	 * event
	 */
	public record Change(CaseStatus to, List<HistoryEntry> entries, CaseChange change, String publicMessage,
			CaseDocument.After after, Consumer<Update> extra, List<OutboxEntry> events) {

		/**
		 * A change without further events.
		 * @param to the status after it
		 * @param entries the audit entries
		 * @param change what its status event reports, null for none
		 * @param publicMessage the public message, optional
		 * @param after what else changes
		 * @param extra further field updates
		 */
		public Change(CaseStatus to, List<HistoryEntry> entries, CaseChange change, String publicMessage,
				CaseDocument.After after, Consumer<Update> extra) {
			this(to, entries, change, publicMessage, after, extra, List.of());
		}

	}

	/**
	 * Reads a case.
	 * @param user the staff member
	 * @param caseId the case id
	 * @return the case with its history
	 * @throws ProblemException 404 when there is no such case or the staff member may not
	 * see it
	 */
	public CaseDetail find(StaffUser user, String caseId) {
		CaseDocument document = load(caseId);
		this.access.require(user, document.accessSubject(), Operation.READ);
		return detail(user, document);
	}

	/**
	 * Reads a case's whole audit trail.
	 * @param user the staff member, a supervisor or auditor
	 * @param caseId the case id
	 * @return the entries, oldest first
	 */
	public List<HistoryEntry> audit(StaffUser user, String caseId) {
		CaseDocument document = load(caseId);
		this.access.require(user, document.accessSubject(), Operation.AUDIT);
		return document.history();
	}

	/**
	 * Reads a case for a check by another feature of this service.
	 * @param user the staff member
	 * @param caseId the case id
	 * @param operation what they want to do
	 * @return the case
	 */
	public CaseDocument checked(StaffUser user, String caseId, Operation operation) {
		CaseDocument document = load(caseId);
		this.access.require(user, document.accessSubject(), operation);
		return document;
	}

	/**
	 * Takes a lifecycle action on a case.
	 * @param user the staff member acting
	 * @param caseId the case id
	 * @param action the action
	 * @param request what came with it
	 * @return the changed case
	 * @throws CaseConflictException when the status does not allow the action or the case
	 * is no longer at the expected version
	 */
	public CaseDetail act(StaffUser user, String caseId, CaseAction action, ActionRequest request) {
		ActionRequest body = (request != null) ? request : ActionRequest.NONE;
		checkFields(action, body);
		Operation operation = (action == CaseAction.REOPEN) ? Operation.REOPEN : Operation.WORK;
		return perform(user, caseId, operation, body.version(), (current) -> {
			requireAllowed(current, action);
			return plan(current, action, body, user.username());
		});
	}

	/**
	 * Adds an internal note. Notes never reach the complainant and publish nothing.
	 * @param user the staff member
	 * @param caseId the case id
	 * @param text the note
	 * @return the case
	 */
	public CaseDetail note(StaffUser user, String caseId, String text) {
		require("text", text);
		return perform(user, caseId, Operation.WORK, null, (current) -> new Change(current.status(), List
			.of(entry(HistoryAction.NOTE, user.username(), current.status(), text.strip(), Visibility.INTERNAL, null)),
				null, null, null, null));
	}

	/**
	 * Writes to the complainant (or reporter) without changing the status.
	 * @param user the staff member
	 * @param caseId the case id
	 * @param message the message
	 * @param version the version the staff member saw, optional
	 * @return the case
	 */
	public CaseDetail message(StaffUser user, String caseId, String message, Long version) {
		require("message", message);
		return perform(user, caseId, Operation.WORK, version,
				(current) -> new Change(current.status(),
						List.of(entry(HistoryAction.PUBLIC_MESSAGE, user.username(), current.status(), message.strip(),
								Visibility.PUBLIC, null)),
						CaseChange.PUBLIC_MESSAGE, message.strip(), CaseDocument.After.NOTHING, null));
	}

	/**
	 * An officer takes an unassigned case of their unit.
	 * @param user the officer
	 * @param caseId the case id
	 * @return the case
	 */
	public CaseDetail claim(StaffUser user, String caseId) {
		return perform(user, caseId, Operation.CLAIM, null, (current) -> {
			if (current.assignee() != null) {
				throw new CaseConflictException("already-assigned",
						"The case is already assigned to " + current.assignee(),
						"เรื่องนี้มีผู้รับผิดชอบแล้ว: " + current.assignee(), current.status(), current.version(),
						allowed(current));
			}
			return new Change(current.status(),
					List.of(entry(HistoryAction.CLAIMED, user.username(), current.status(), null, Visibility.INTERNAL,
							user.username())),
					null, null, null, (update) -> update.set(CaseDocument.ASSIGNEE, user.username()));
		});
	}

	/**
	 * A unit head or supervisor gives a case to an officer.
	 * @param user the unit head or supervisor
	 * @param caseId the case id
	 * @param assignee the officer's user name
	 * @param version the version the staff member saw, optional
	 * @return the case
	 */
	public CaseDetail assign(StaffUser user, String caseId, String assignee, Long version) {
		require("assignee", assignee);
		return perform(user, caseId, Operation.ASSIGN, version,
				(current) -> new Change(current.status(),
						List.of(entry(HistoryAction.ASSIGNED, user.username(), current.status(), null,
								Visibility.INTERNAL, assignee.strip())),
						null, null, null, (update) -> update.set(CaseDocument.ASSIGNEE, assignee.strip())));
	}

	/**
	 * Sends a case to another unit with a reason. The due date does not change: the SLA
	 * clock does not restart.
	 * @param user the unit head or supervisor
	 * @param caseId the case id
	 * @param unit the new unit
	 * @param reason why
	 * @param version the version the staff member saw, optional
	 * @return the case
	 */
	public CaseDetail reassign(StaffUser user, String caseId, String unit, String reason, Long version) {
		List<FieldError> errors = new ArrayList<>();
		if (unit == null || !this.routing.isUnit(unit)) {
			String units = String.join(", ", this.routing.units().keySet());
			errors.add(new FieldError("unit", "one-of", "must be one of: " + units,
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + units));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError("reason", "required", "is required", "ต้องระบุ"));
		}
		invalid(errors);
		CaseDetail reassigned = perform(user, caseId, Operation.REASSIGN, version, (current) -> {
			if (!current.status().open()) {
				throw new CaseConflictException("invalid-transition",
						"The case is " + current.status() + ": only open cases are reassigned",
						"โอนเรื่องได้เฉพาะเรื่องที่ยังดำเนินการอยู่ เรื่องนี้อยู่ในสถานะ " + current.status(),
						current.status(), current.version(), allowed(current));
			}
			if (current.corruption() && !corruptionUnit(unit)) {
				// the isolation rule: a corruption case stays with the legal unit, or
				// with
				// the next level routing chooses when the legal unit itself is named
				String key = "problem.reassign.corruption-track";
				Object[] args = { Routing.LEGAL, this.routing.nextLevel(Routing.LEGAL) };
				String message = this.messages.getMessage(key, args, Locale.ENGLISH);
				String messageTh = this.messages.getMessage(key, args, THAI);
				throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", message, messageTh,
						List.of(new FieldError("unit", "corruption-track", message, messageTh)));
			}
			if (unit.equals(current.unit())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "The case is already in " + unit,
						"เรื่องนี้อยู่ที่หน่วยงาน " + unit + " แล้ว", List.of(new FieldError("unit", "different",
								"must differ from the current unit", "ต้องไม่ใช่หน่วยงานเดิม")));
			}
			String why = reason.strip();
			return new Change(current.status(),
					List.of(entry(HistoryAction.REASSIGNED, user.username(), current.status(), why, Visibility.INTERNAL,
							current.unit() + " -> " + unit)),
					CaseChange.REASSIGNED, null, new CaseDocument.After(unit, null, null, null),
					(update) -> update.set(CaseDocument.UNIT, unit)
						.set(CaseDocument.ROUTING, new Document("unit", unit).append("reason", why))
						.unset(CaseDocument.ASSIGNEE));
		});
		// the due date stays; the case joins its new unit's digest
		this.sla.reassigned(caseId, unit, reassigned.respondBy());
		return reassigned;
	}

	/**
	 * Makes a change the service itself decides on, such as a reporter's message
	 * arriving.
	 * @param caseId the case id
	 * @param plan the change against the current case
	 * @return true when the case was changed, false when there is no such case
	 */
	public boolean system(String caseId, Function<CaseDocument, Change> plan) {
		CaseDocument current = find(caseId);
		for (int attempt = 1; current != null && attempt <= ATTEMPTS; attempt++) {
			Change change = plan.apply(current);
			if (change == null) {
				return true;
			}
			if (apply(current, change)) {
				return true;
			}
			current = find(caseId);
		}
		if (current == null) {
			return false;
		}
		throw new IllegalStateException("Case " + caseId + " kept changing; will retry");
	}

	/**
	 * An audit entry stamped now.
	 * @param action what happened
	 * @param by who
	 * @param status the status after it
	 * @param message the message, optional
	 * @param visibility who may see it
	 * @param detail what it was about, optional
	 * @return the entry
	 */
	public HistoryEntry entry(HistoryAction action, String by, CaseStatus status, String message, Visibility visibility,
			String detail) {
		return new HistoryEntry(now(), action, by, status, message, visibility, detail);
	}

	/**
	 * Makes a change a staff member asked for, checked against what they may do and the
	 * version they saw, retried against the new state when someone else got there first.
	 * @param user the staff member
	 * @param caseId the case id
	 * @param operation what they do
	 * @param expectedVersion the version they saw, optional
	 * @param plan the change against the current case
	 * @return the changed case
	 */
	public CaseDetail perform(StaffUser user, String caseId, Operation operation, Long expectedVersion,
			Function<CaseDocument, Change> plan) {
		CaseDocument current = load(caseId);
		this.access.require(user, current.accessSubject(), operation);
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			checkVersion(current, expectedVersion);
			if (apply(current, plan.apply(current))) {
				return detail(user, load(caseId));
			}
			current = load(caseId);
		}
		throw new CaseConflictException("concurrent-change",
				"The case is being changed by someone else. Reload it and try again.",
				"มีผู้อื่นกำลังแก้ไขเรื่องนี้ กรุณาโหลดใหม่แล้วลองอีกครั้ง", current.status(), current.version(),
				allowed(current));
	}

	private void checkVersion(CaseDocument current, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new CaseConflictException("stale-version",
					"The case has changed since version " + expectedVersion + ": it is now at version "
							+ current.version() + " (" + current.status() + "). Reload it and try again.",
					"เรื่องนี้มีการเปลี่ยนแปลงแล้ว (ฉบับที่ " + current.version() + " สถานะ " + current.status()
							+ ") กรุณาโหลดใหม่แล้วลองอีกครั้ง",
					current.status(), current.version(), allowed(current));
		}
	}

	private void requireAllowed(CaseDocument current, CaseAction action) {
		if (!this.lifecycle.allows(current.status(), action)) {
			List<String> allowed = allowed(current);
			String list = allowed.isEmpty() ? "none" : String.join(", ", allowed);
			throw new CaseConflictException("invalid-transition",
					"The case is " + current.status() + ": it cannot be " + action.verb()
							+ " from that status. Allowed actions: " + list,
					"ไม่สามารถ" + action.verbTh() + "ได้ เนื่องจากเรื่องอยู่ในสถานะ " + current.status() + " ("
							+ current.status().thaiName() + ") ทำได้เฉพาะ: " + list,
					current.status(), current.version(), allowed);
		}
	}

	private List<String> allowed(CaseDocument current) {
		return this.lifecycle.actions(current.status()).stream().map(CaseAction::path).toList();
	}

	private Change plan(CaseDocument current, CaseAction action, ActionRequest body, String by) {
		CaseStatus to = action.target();
		List<HistoryEntry> entries = new ArrayList<>();
		String note = blankToNull(body.note());
		String publicMessage = null;
		String detail = null;
		CaseChange change = CaseChange.STATUS_CHANGED;
		CaseDocument.After after = CaseDocument.After.NOTHING;
		Consumer<Update> extra = null;
		switch (action) {
			case RESOLVE, AWAIT_COMPLAINANT -> publicMessage = body.message().strip();
			case REJECT -> publicMessage = body.reason().strip() + "\n\nหน่วยงานที่ควรติดต่อ / Where to go instead: "
					+ body.redirectTo().strip();
			case REFER -> {
				String name = this.properties.referralBodies().get(body.to());
				detail = body.to();
				publicMessage = "เรื่องของท่านได้ส่งต่อไปยัง " + name + " ซึ่งเป็นหน่วยงานที่รับผิดชอบ"
						+ ((blankToNull(body.message()) != null) ? "\n\n" + body.message().strip() : "");
			}
			case REOPEN -> {
				change = CaseChange.REOPENED;
				note = body.reason().strip();
			}
			default -> {
				// acknowledge, start, resume, close: a note at most
			}
		}
		Instant now = now();
		if (action == CaseAction.AWAIT_COMPLAINANT) {
			extra = (update) -> this.sla.paused(update, now);
		}
		if (action == CaseAction.RESUME) {
			// time spent waiting on the complainant does not count: the SLA clock moves
			// the due date on by the paused time, in the policy's calendar or working
			// days
			Update resumed = new Update();
			Instant respondBy = this.sla.resumed(current.caseId(), now, resumed);
			after = new CaseDocument.After(null, null, respondBy, null);
			extra = (update) -> merge(resumed, update);
		}
		Visibility visibility = (publicMessage != null) ? Visibility.PUBLIC : Visibility.INTERNAL;
		entries.add(new HistoryEntry(now, historyAction(action), by, to, (publicMessage != null) ? publicMessage : note,
				(note == null && publicMessage == null) ? Visibility.PUBLIC : visibility, detail));
		if (publicMessage != null && note != null) {
			entries.add(new HistoryEntry(now, HistoryAction.NOTE, by, to, note, Visibility.INTERNAL, null));
		}
		return new Change(to, entries, change, publicMessage, after, extra);
	}

	private void checkFields(CaseAction action, ActionRequest body) {
		List<FieldError> errors = new ArrayList<>();
		switch (action) {
			case RESOLVE, AWAIT_COMPLAINANT -> required(errors, "message", body.message());
			case REJECT -> {
				required(errors, "reason", body.reason());
				required(errors, "redirectTo", body.redirectTo());
			}
			case REFER -> {
				if (body.to() == null || !this.properties.referralBodies().containsKey(body.to())) {
					String bodies = String.join(", ", this.properties.referralBodies().keySet());
					errors.add(new FieldError("to", "one-of", "must be one of: " + bodies,
							"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + bodies));
				}
			}
			case REOPEN -> required(errors, "reason", body.reason());
			default -> {
				// nothing required
			}
		}
		invalid(errors);
	}

	private boolean apply(CaseDocument current, Change change) {
		String caseId = current.caseId();
		CaseStatus from = current.status();
		Instant now = now();
		Update update = new Update().set(CaseDocument.STATUS, change.to().name())
			.set(CaseDocument.UPDATED_AT, CaseDocument.date(now));
		if (change.extra() != null) {
			change.extra().accept(update);
		}
		CaseStatusChanged statusChanged = (change.change() != null)
				? current.changed(current.version() + 1, change.to(), now, change.publicMessage(), change.change(),
						(change.after() != null) ? change.after() : CaseDocument.After.NOTHING)
				: null;
		CaseWrite.Change write = this.write.change(caseId, current.version(), update, change.entries(), statusChanged,
				now, change.events(), List.of());
		if (!this.write.apply(write)) {
			return false;
		}
		log.info("Case {}: {} -> {}, {} (version {})", caseId, from, change.to(), change.entries().get(0).action(),
				write.version());
		return true;
	}

	// copies the SLA clock's field changes into the one write of the transition
	private static void merge(Update from, Update into) {
		Document operations = from.getUpdateObject();
		Document sets = operations.get("$set", Document.class);
		if (sets != null) {
			sets.forEach(into::set);
		}
		Document unsets = operations.get("$unset", Document.class);
		if (unsets != null) {
			unsets.keySet().forEach(into::unset);
		}
	}

	private static HistoryAction historyAction(CaseAction action) {
		return switch (action) {
			case ACKNOWLEDGE -> HistoryAction.ACKNOWLEDGED;
			case START -> HistoryAction.STARTED;
			case AWAIT_COMPLAINANT -> HistoryAction.WAITING_ON_COMPLAINANT;
			case RESUME -> HistoryAction.RESUMED;
			case RESOLVE -> HistoryAction.RESOLVED;
			case CLOSE -> HistoryAction.CLOSED;
			case REJECT -> HistoryAction.REJECTED;
			case REFER -> HistoryAction.REFERRED;
			case REOPEN -> HistoryAction.REOPENED;
		};
	}

	private CaseDocument load(String caseId) {
		CaseDocument document = find(caseId);
		if (document == null) {
			throw ProblemException.notFound("The case", "เรื่องนี้");
		}
		return document;
	}

	private CaseDocument find(String caseId) {
		Query byId = Query.query(Criteria.where(CaseDocument.ID).is(caseId));
		byId.fields().exclude(OutboxEntry.FIELD);
		Document document = this.mongo.findOne(byId, Document.class, CaseDocument.COLLECTION);
		return (document != null) ? CaseDocument.of(document) : null;
	}

	private CaseDetail detail(StaffUser user, CaseDocument document) {
		CaseDetail detail = CaseDetail.of(document, this.routing.unitName(document.unit()), this.clock.instant(),
				allowed(document));
		// internal notes and reasons are for those who work or audit the case
		return this.access.seesInternal(user, document.accessSubject()) ? detail : detail.publicHistoryOnly();
	}

	private boolean corruptionUnit(String unit) {
		return Routing.LEGAL.equals(unit) || this.routing.nextLevel(Routing.LEGAL).equals(unit);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void required(List<FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "required", "is required", "ต้องระบุ"));
		}
	}

	private static void require(String field, String value) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, field, value);
		invalid(errors);
	}

	private static void invalid(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
		}
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
