package org.sujarit.cases.sla;

import org.sujarit.cases.sla.internal.SlaTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.SlaStanding;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What case handling tells the SLA engine. Each method either adds the SLA fields to the
 * caller's own single-document write (so the SLA state changes atomically with the
 * status), or sets timers, which is safe to do before that write: a timer whose change
 * never landed is stale and skipped.
 * <ul>
 * <li>{@link #opening(Document)}: in {@code CaseOpener}, before the insert.</li>
 * <li>{@link #paused(Update, Instant)}: in the update that moves a case to
 * WAITING_ON_COMPLAINANT.</li>
 * <li>{@link #resumed(String, Instant, Update)}: in the update that moves it out again
 * (to any status); the status event of that change carries the returned due date.</li>
 * <li>{@link #reassigned(String, String, Instant)}: after a case moves to another unit;
 * the due date does not change.</li>
 * <li>Resolving, closing, rejecting or referring needs no call: the timers of a case that
 * is no longer open are skipped when they fire.</li>
 * <li>Extensions are {@link SlaExtension}'s.</li>
 * </ul>
 */
@Component
public class SlaClock {

	private final MongoTemplate mongo;

	private final SlaProperties properties;

	private final SlaCalendar calendar;

	private final SlaTimers timers;

	private final Clock clock;

	public SlaClock(MongoTemplate mongo, SlaProperties properties, SlaCalendar calendar, SlaTimers timers,
			Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.calendar = calendar;
		this.timers = timers;
		this.clock = clock;
	}

	/**
	 * The due date of a new case.
	 * @param channel its channel
	 * @param category its category
	 * @param receivedAt when intake received it: the clock starts then
	 * @return the due date
	 */
	public Instant due(Channel channel, Category category, Instant receivedAt) {
		return this.calendar.due(receivedAt, this.properties.policy(channel, category));
	}

	/**
	 * Sets a new case's due date ({@code respondBy}, from its {@code receivedAt}, channel
	 * and category) and SLA state in the document about to be inserted, and sets its
	 * timers. Call before the insert and before building the opening event, which then
	 * carries the due date.
	 * @param caseDocument the case document to insert
	 */
	public void opening(Document caseDocument) {
		openingAll(List.of(caseDocument));
	}

	/**
	 * Like {@link #opening(Document)} for a batch of new cases, with their timers set in
	 * two bulk writes for the whole batch.
	 * @param caseDocuments the case documents to insert
	 */
	public void openingAll(List<Document> caseDocuments) {
		List<SlaTimers.Schedule> schedules = new ArrayList<>();
		for (Document caseDocument : caseDocuments) {
			schedules.add(prepareOpening(caseDocument));
		}
		this.timers.scheduleAll(schedules, this.clock.instant());
	}

	private SlaTimers.Schedule prepareOpening(Document caseDocument) {
		CaseDocument opened = CaseDocument.of(caseDocument);
		SlaPolicy policy = this.properties.policy(opened.channel(), opened.category());
		Instant due = this.calendar.due(opened.receivedAt(), policy).truncatedTo(ChronoUnit.MILLIS);
		caseDocument.put(CaseDocument.RESPOND_BY, Date.from(due));
		caseDocument.put(SlaFields.SLA,
				new Document("days", policy.days()).append("dayKind", policy.dayKind().name())
					.append("standing", SlaStanding.ON_TRACK.name())
					.append("extended", false)
					.append("breached", false));
		return new SlaTimers.Schedule(opened.caseId(), opened.unit(), due);
	}

	/**
	 * Adds the pause to the update that moves a case to WAITING_ON_COMPLAINANT.
	 * @param update the caller's update
	 * @param at when the case was paused
	 */
	public void paused(Update update, Instant at) {
		update.set(SlaFields.PAUSED_AT, Date.from(at));
		update.set(SlaFields.STANDING, SlaStanding.PAUSED.name());
	}

	/**
	 * Adds the resumption to the update that moves a case out of WAITING_ON_COMPLAINANT,
	 * pushing its due date by the time paused, and sets the new timers. A breached case
	 * stays breached.
	 * @param caseId the case
	 * @param at when it resumed
	 * @param update the caller's update
	 * @return the new due date, for the status event of the change
	 */
	public Instant resumed(String caseId, Instant at, Update update) {
		Query byId = Query.query(Criteria.where(CaseDocument.ID).is(caseId));
		byId.fields().include(CaseDocument.UNIT, CaseDocument.RESPOND_BY, SlaFields.SLA);
		Document current = this.mongo.findOne(byId, Document.class, CaseDocument.COLLECTION);
		if (current == null) {
			throw new IllegalArgumentException("No case " + caseId);
		}
		Document sla = current.get(SlaFields.SLA, Document.class);
		Instant due = current.getDate(CaseDocument.RESPOND_BY).toInstant();
		if (sla == null || sla.getDate("pausedAt") == null) {
			return due;
		}
		DayKind dayKind = DayKind.valueOf(sla.getString("dayKind"));
		Instant moved = this.calendar.resumed(due, sla.getDate("pausedAt").toInstant(), at, dayKind)
			.truncatedTo(ChronoUnit.MILLIS);
		SlaStanding standing = Boolean.TRUE.equals(sla.getBoolean("breached")) ? SlaStanding.BREACHED
				: Boolean.TRUE.equals(sla.getBoolean("extended")) ? SlaStanding.EXTENDED : SlaStanding.ON_TRACK;
		this.timers.schedule(caseId, current.getString(CaseDocument.UNIT), moved, this.clock.instant());
		update.unset(SlaFields.PAUSED_AT);
		update.set(SlaFields.STANDING, standing.name());
		update.set(CaseDocument.RESPOND_BY, Date.from(moved));
		return moved;
	}

	/**
	 * Files a case under its new unit for that unit's digest; its timers and due date do
	 * not change.
	 * @param caseId the case
	 * @param unit the new unit
	 * @param due its due date
	 */
	public void reassigned(String caseId, String unit, Instant due) {
		this.timers.schedule(caseId, unit, due, this.clock.instant());
	}

}
