package org.sujarit.cases.sla.internal;

import org.sujarit.cases.sla.SlaFields;
import org.sujarit.cases.sla.SlaProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.casefile.CaseWrite;
import org.sujarit.cases.casefile.HistoryAction;
import org.sujarit.cases.casefile.HistoryEntry;
import org.sujarit.cases.casefile.Visibility;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.SlaAlert;
import org.sujarit.platform.events.SlaAlertKind;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.platform.runtime.outbox.Outbox;
import org.sujarit.platform.runtime.outbox.OutboxEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One pass over the timers that are due: reminders, breaches with their escalation, and
 * the daily digests.
 * <p>
 * It reads the minute buckets of {@link SlaTimers} by {@code _id}, from a persisted
 * cursor up to the last complete minute, so a restart resumes where the last pass stopped
 * and emits what was missed while down. Each timer is checked against its case (read by
 * {@code _id}); stale ones (case no longer open, paused, due date moved) are skipped.
 * Every emission is one conditional write that carries its event in the outbox and a
 * marker that refuses a second one, so a pass repeated after a crash, or run by two
 * instances at once, emits nothing twice. ShedLock keeps the passes of a cluster apart
 * anyway; this class does not rely on it.
 */
public class SlaScanner {

	/** The cursor and digest state. */
	public static final String STATE = "sla_scanner";

	/**
	 * Alerts with no case change (reminders, digests), keyed by alert id, with their
	 * outbox: the insert that is refused as a duplicate is what makes them once-only.
	 */
	public static final String ALERTS = "sla_alerts";

	private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);

	private static final String CURSOR = "cursor";

	private static final int DUPLICATE_KEY = 11000;

	// a long downtime is caught up over several passes, a day of minutes at a time
	private static final int MAX_BUCKETS_PER_PASS = 1440;

	private static final int ATTEMPTS = 3;

	// timers handled with one read of their cases and one bulk write per kind
	private static final int BATCH = 1000;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final CaseWrite write;

	private final SlaProperties properties;

	private final Clock clock;

	private final List<String> units;

	private final Counter reminders;

	private final Counter escalations;

	private final Counter digests;

	public SlaScanner(MongoTemplate mongo, Outbox outbox, SlaProperties properties, Clock clock, List<String> units,
			MeterRegistry meters) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.write = new CaseWrite(mongo, outbox);
		this.properties = properties;
		this.clock = clock;
		this.units = List.copyOf(units);
		this.reminders = Counter.builder("sujarit.sla.alerts").tag("kind", "reminder").register(meters);
		this.escalations = Counter.builder("sujarit.sla.alerts").tag("kind", "escalation").register(meters);
		this.digests = Counter.builder("sujarit.sla.alerts").tag("kind", "digest").register(meters);
	}

	/**
	 * Handles every timer due up to now.
	 * @return what the pass did
	 */
	public Pass scan() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant limit = SlaTimers.minute(now);
		Document state = this.mongo.findById(CURSOR, Document.class, STATE);
		Instant next = (state != null && state.getString("next") != null)
				? SlaTimers.parseBucket(state.getString("next"))
				: SlaTimers.minute(now.minus(this.properties.initialLookback()));
		int buckets = 0;
		int timers = 0;
		int emitted = 0;
		while (next.isBefore(limit) && buckets < MAX_BUCKETS_PER_PASS) {
			Document bucket = this.mongo.findById(SlaTimers.bucketId(next), Document.class, SlaTimers.COLLECTION);
			next = next.plus(1, ChronoUnit.MINUTES);
			buckets++;
			if (bucket != null) {
				List<Document> entries = bucket.getList("entries", Document.class, List.of());
				timers += entries.size();
				for (int from = 0; from < entries.size(); from += BATCH) {
					emitted += handleBatch(entries.subList(from, Math.min(entries.size(), from + BATCH)), now);
				}
				// a crash after this point does not read the bucket again; before it,
				// the markers make a second reading harmless
				saveCursor(next);
			}
		}
		if (buckets > 0) {
			saveCursor(next);
		}
		emitted += digests(now, state);
		if (emitted > 0 || buckets > 1) {
			log.info("SLA pass: {} buckets, {} timers, {} alerts emitted", buckets, timers, emitted);
		}
		return new Pass(buckets, timers, emitted);
	}

	private void saveCursor(Instant next) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(CURSOR)),
				new Update().set("next", SlaTimers.bucketId(next)), STATE);
	}

	private int handleBatch(List<Document> entries, Instant now) {
		long start = System.nanoTime();
		Map<String, Document> cases = loadAll(entries.stream().map((entry) -> entry.getString("caseId")).toList());
		long loaded = System.nanoTime();
		String passId = UUID.randomUUID().toString();
		Map<String, Breach> breaches = new LinkedHashMap<>();
		Map<String, SlaAlert> alerts = new LinkedHashMap<>();
		for (Document entry : entries) {
			String caseId = entry.getString("caseId");
			String kind = entry.getString("kind");
			Instant due = entry.getDate("due").toInstant();
			Document current = cases.get(caseId);
			if (current == null || stale(current, due)) {
				continue;
			}
			if (SlaTimers.BREACH.equals(kind)) {
				if (!now.isBefore(due) && !breaches.containsKey(caseId)) {
					breaches.put(caseId, breach(current, due, now, passId));
				}
			}
			else {
				SlaAlert alert = reminder(current, kind, due, now);
				if (alert != null) {
					alerts.put(alert.alertId(), alert);
				}
			}
		}
		long decided = System.nanoTime();
		int emitted = emitAll(alerts.values(), now);
		long reminded = System.nanoTime();
		emitted += breachAll(breaches, passId, now);
		if (log.isDebugEnabled()) {
			log.debug("SLA batch of {} timers: read cases {} ms, decide {} ms, reminders {} ms, breaches {} ms",
					entries.size(), (loaded - start) / 1_000_000, (decided - loaded) / 1_000_000,
					(reminded - decided) / 1_000_000, (System.nanoTime() - reminded) / 1_000_000);
		}
		return emitted;
	}

	// one bulk write: each case changes only if still at the version it was read at
	private int breachAll(Map<String, Breach> breaches, String passId, Instant now) {
		if (breaches.isEmpty()) {
			return 0;
		}
		long start = System.nanoTime();
		int modified = this.write.applyAll(breaches.values().stream().map(Breach::change).toList());
		if (log.isDebugEnabled()) {
			log.debug("SLA breaches: {} updates in {} ms", breaches.size(), (System.nanoTime() - start) / 1_000_000);
		}
		int applied = modified;
		if (applied < breaches.size()) {
			// some cases changed meanwhile: find which, and handle those one by one
			applied = 0;
			for (Map.Entry<String, Document> stored : loadAll(List.copyOf(breaches.keySet())).entrySet()) {
				Document sla = stored.getValue().get(SlaFields.SLA, Document.class);
				if (sla != null && passId.equals(sla.getString("breachedBy"))) {
					applied++;
				}
				else if (handle(stored.getKey(), SlaTimers.BREACH, breaches.get(stored.getKey()).due(), now)) {
					applied++;
				}
			}
		}
		this.escalations.increment(applied);
		log.info("{} cases breached their due date; escalated", applied);
		return applied;
	}

	private int emitAll(Collection<SlaAlert> alerts, Instant now) {
		if (alerts.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ALERTS);
		List<String> ids = new ArrayList<>();
		for (SlaAlert alert : alerts) {
			bulk.insert(alertDocument(alert, alert.caseId(), now));
			ids.add(alert.alertId());
		}
		int inserted;
		try {
			inserted = this.outbox.writeAll(ALERTS, ids, bulk::execute).getInsertedCount();
		}
		catch (BulkOperationException ex) {
			// already sent ones are refused as duplicates; anything else is a failure
			if (ex.getErrors().stream().anyMatch((error) -> error.getCode() != DUPLICATE_KEY)) {
				throw ex;
			}
			inserted = ex.getResult().getInsertedCount();
		}
		this.reminders.increment(inserted);
		return inserted;
	}

	private Map<String, Document> loadAll(List<String> caseIds) {
		Query byIds = Query.query(Criteria.where(CaseDocument.ID).in(caseIds));
		byIds.fields()
			.include(CaseDocument.STATUS, CaseDocument.VERSION, CaseDocument.UNIT, CaseDocument.CATEGORY,
					CaseDocument.CHANNEL, CaseDocument.RECEIVED_AT, CaseDocument.RESPOND_BY, SlaFields.ASSIGNEE,
					SlaFields.SLA);
		Map<String, Document> cases = new HashMap<>();
		for (Document current : this.mongo.find(byIds, Document.class, CaseDocument.COLLECTION)) {
			cases.put(current.getString(CaseDocument.ID), current);
		}
		return cases;
	}

	private boolean handle(String caseId, String kind, Instant due, Instant now) {
		return handle(new Document("caseId", caseId).append("kind", kind).append("due", Date.from(due)), now);
	}

	private boolean handle(Document entry, Instant now) {
		String caseId = entry.getString("caseId");
		String kind = entry.getString("kind");
		Instant due = entry.getDate("due").toInstant();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			Document current = load(caseId);
			if (current == null || stale(current, due)) {
				return false;
			}
			Outcome outcome = SlaTimers.BREACH.equals(kind) ? breachOne(current, due, now)
					: remind(current, kind, due, now);
			if (outcome != Outcome.RETRY) {
				return outcome == Outcome.EMITTED;
			}
		}
		log.warn("SLA timer {} of case {} lost a race {} times; it is retried at the next pass", kind, caseId,
				ATTEMPTS);
		return false;
	}

	// a timer counts only for an open, running case still due when the timer was set
	private static boolean stale(Document current, Instant due) {
		CaseStatus status = CaseStatus.valueOf(current.getString(CaseDocument.STATUS));
		Document sla = current.get(SlaFields.SLA, Document.class);
		return !status.open() || status == CaseStatus.WAITING_ON_COMPLAINANT || sla == null
				|| sla.getDate("pausedAt") != null || Boolean.TRUE.equals(sla.getBoolean("breached"))
				|| !due.equals(current.getDate(CaseDocument.RESPOND_BY).toInstant());
	}

	private Outcome remind(Document current, String kind, Instant due, Instant now) {
		SlaAlert alert = reminder(current, kind, due, now);
		if (alert == null || !emit(alert, alert.caseId(), now)) {
			return Outcome.SKIPPED;
		}
		this.reminders.increment();
		return Outcome.EMITTED;
	}

	// the reminder a timer stands for, or null when it no longer makes sense
	private SlaAlert reminder(Document current, String kind, Instant due, Instant now) {
		Duration before = Duration.parse(kind.substring(SlaTimers.REMINDER.length()));
		if (!now.isBefore(due)) {
			return null;
		}
		// after a downtime, only the nearest reminder still makes sense
		for (Duration other : this.properties.reminders()) {
			if (other.compareTo(before) < 0 && !now.isBefore(due.minus(other))) {
				return null;
			}
		}
		String caseId = current.getString(CaseDocument.ID);
		return new SlaAlert(caseId + ":" + kind + ":" + due, SlaAlertKind.REMINDER,
				current.getString(CaseDocument.UNIT), caseId, current.getString(SlaFields.ASSIGNEE), due,
				(int) before.toDays(), List.of(), now);
	}

	// an alert with no case change: inserted once under its id, with its event in the
	// outbox of that small document; a second insert is refused as a duplicate
	private boolean emit(SlaAlert alert, String key, Instant now) {
		Document document = alertDocument(alert, key, now);
		try {
			this.outbox.write(ALERTS, alert.alertId(), () -> this.mongo.insert(document, ALERTS));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Document alertDocument(SlaAlert alert, String key, Instant now) {
		OutboxEntry event = this.outbox.entry(EventType.SLA_ALERT, alert.alertId(), key, now, alert);
		return new Document("_id", alert.alertId()).append("kind", alert.kind().name())
			.append("at", Date.from(now))
			.append(OutboxEntry.FIELD, List.of(event.toDocument()));
	}

	private Outcome breachOne(Document current, Instant due, Instant now) {
		if (now.isBefore(due)) {
			return Outcome.SKIPPED;
		}
		Breach breach = breach(current, due, now, UUID.randomUUID().toString());
		return this.write.apply(breach.change()) ? Outcome.EMITTED : Outcome.RETRY;
	}

	// the write that marks a case breached, with its status event and escalation
	private Breach breach(Document current, Instant due, Instant now, String passId) {
		CaseDocument stored = CaseDocument.of(current);
		String caseId = stored.caseId();
		long version = stored.version() + 1;
		CaseStatus status = stored.status();
		CaseStatusChanged changed = new CaseStatusChanged(caseId, version, stored.category(), stored.channel(),
				stored.unit(), status, status, stored.receivedAt(), due, now, null, CaseChange.BREACHED,
				SlaStanding.BREACHED);
		SlaAlert alert = new SlaAlert(caseId + ":escalation", SlaAlertKind.ESCALATION, stored.unit(), caseId,
				current.getString(SlaFields.ASSIGNEE), due, 0, List.of(), now);
		OutboxEntry escalation = this.outbox.entry(EventType.SLA_ALERT, alert.alertId(), caseId, now, alert);
		HistoryEntry entry = new HistoryEntry(now, HistoryAction.BREACHED, HistoryEntry.SYSTEM, status,
				"Due date " + due + " passed without resolution or extension; escalated to the supervisor",
				Visibility.INTERNAL);
		// conditional on {_id, version} only (CaseWrite): every change of status, due
		// date
		// or breach increments the version
		Update update = new Update().set(SlaFields.STANDING, SlaStanding.BREACHED.name())
			.set(SlaFields.BREACHED, true)
			.set(SlaFields.BREACHED_AT, Date.from(now))
			.set(SlaFields.SLA + ".breachedBy", passId)
			.set(CaseDocument.UPDATED_AT, Date.from(now));
		return new Breach(due, this.write.change(caseId, stored.version(), update, List.of(entry), changed, now,
				List.of(), List.of(escalation)));
	}

	private int digests(Instant now, Document state) {
		LocalDate today = now.atZone(this.properties.zone()).toLocalDate();
		Instant digestAt = today.atTime(this.properties.digestTime()).atZone(this.properties.zone()).toInstant();
		if (now.isBefore(digestAt) || (state != null && today.toString().equals(state.getString("digestDay")))) {
			return 0;
		}
		int sent = 0;
		for (String unit : this.units) {
			if (digest(unit, today, now)) {
				sent++;
			}
		}
		// days missed while down get no digest: yesterday's list is already wrong
		this.mongo.upsert(Query.query(Criteria.where("_id").is(CURSOR)),
				new Update().set("digestDay", today.toString()), STATE);
		return sent;
	}

	private boolean digest(String unit, LocalDate today, Instant now) {
		Instant horizon = now.plus(this.properties.digestWindow());
		LocalDate last = horizon.atZone(this.properties.zone()).toLocalDate();
		List<String> candidates = new ArrayList<>();
		LocalDate from = today.minusDays(this.properties.digestOverdueLookback().toDays());
		for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
			Document dueDay = this.mongo.findById(SlaTimers.dueDayId(unit, day), Document.class, SlaTimers.DUE_DAYS);
			if (dueDay != null) {
				candidates.addAll(dueDay.getList("caseIds", String.class, List.of()));
			}
		}
		List<Document> due = new ArrayList<>();
		for (String caseId : candidates.stream().distinct().toList()) {
			Document current = load(caseId);
			if (current != null && CaseStatus.valueOf(current.getString(CaseDocument.STATUS)).open()
					&& unit.equals(current.getString(CaseDocument.UNIT))
					&& !current.getDate(CaseDocument.RESPOND_BY).toInstant().isAfter(horizon)) {
				due.add(current);
			}
		}
		if (due.isEmpty()) {
			return false;
		}
		due.sort(Comparator.comparing((Document current) -> current.getDate(CaseDocument.RESPOND_BY)));
		List<String> caseIds = due.stream().map((current) -> current.getString(CaseDocument.ID)).toList();
		String alertId = "digest:" + unit + ":" + today;
		SlaAlert alert = new SlaAlert(alertId, SlaAlertKind.DIGEST, unit, null, null, null, 0, caseIds, now);
		if (!emit(alert, unit, now)) {
			return false;
		}
		this.digests.increment();
		log.info("SLA digest for unit {}: {} cases due by {} or overdue", unit, caseIds.size(), horizon);
		return true;
	}

	private Document load(String caseId) {
		Query byId = Query.query(Criteria.where(CaseDocument.ID).is(caseId));
		byId.fields()
			.include(CaseDocument.STATUS, CaseDocument.VERSION, CaseDocument.UNIT, CaseDocument.CATEGORY,
					CaseDocument.CHANNEL, CaseDocument.RECEIVED_AT, CaseDocument.RESPOND_BY, SlaFields.ASSIGNEE,
					SlaFields.SLA);
		return this.mongo.findOne(byId, Document.class, CaseDocument.COLLECTION);
	}

	/**
	 * What one pass did.
	 *
	 * @param buckets minute buckets read
	 * @param timers timers looked at
	 * @param emitted alerts emitted (a breach with its escalation counts once)
	 */
	public record Pass(int buckets, int timers, int emitted) {
	}

	private record Breach(Instant due, CaseWrite.Change change) {
	}

	private enum Outcome {

		EMITTED, SKIPPED, RETRY

	}

}
