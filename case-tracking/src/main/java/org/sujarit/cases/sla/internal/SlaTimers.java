package org.sujarit.cases.sla.internal;

import org.sujarit.cases.sla.SlaProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where the scanner finds what is due without reading the cases: timers bucketed by
 * minute, the bucket as {@code _id}.
 * <p>
 * {@value #COLLECTION}: {@code {_id: "2026-11-22T10:05", entries: [{caseId, kind, due}]}}
 * (UTC minute of when the timer fires); {@code kind} is {@code reminder-P5D} or
 * {@value #BREACH}, {@code due} the due date the timer was set for, so a timer of a due
 * date that has since moved is recognised as stale. Entries are added with
 * {@code $addToSet} and never removed; the scanner reads each bucket once, by
 * {@code _id}, after its minute has passed.
 * <p>
 * {@value #DUE_DAYS}: {@code {_id: "PUBLIC_WORKS|2026-12-07", caseIds: [...]}}, the cases
 * of a unit due on a day (in the municipality's zone), for the daily digest.
 * <p>
 * Timers are written before the case change they belong to: if that change never lands
 * they are stale and skipped; the reverse order could lose a deadline.
 */
public class SlaTimers {

	/** The timer buckets. */
	public static final String COLLECTION = "sla_timers";

	/** A unit's cases by due day, for digests. */
	public static final String DUE_DAYS = "sla_due_days";

	/** The kind of the timer at the due date itself. */
	public static final String BREACH = "breach";

	static final String REMINDER = "reminder-";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private final MongoTemplate mongo;

	private final SlaProperties properties;

	public SlaTimers(MongoTemplate mongo, SlaProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	/**
	 * Sets the reminder and breach timers of a case's due date, and files it under its
	 * unit's due day. Idempotent.
	 * @param caseId the case
	 * @param unit the unit handling it
	 * @param due its due date
	 * @param now the current time
	 */
	public void schedule(String caseId, String unit, Instant due, Instant now) {
		scheduleAll(List.of(new Schedule(caseId, unit, due)), now);
	}

	/**
	 * Sets the timers of several cases' due dates and files them under their units' due
	 * days, with one upsert per bucket and per due day ({@code $addToSet} with
	 * {@code $each}), two bulk writes in all. Idempotent.
	 * @param schedules the cases, units and due dates
	 * @param now the current time
	 */
	public void scheduleAll(Collection<Schedule> schedules, Instant now) {
		if (schedules.isEmpty()) {
			return;
		}
		Map<String, List<Document>> buckets = new LinkedHashMap<>();
		Map<String, List<String>> dueDays = new LinkedHashMap<>();
		for (Schedule schedule : schedules) {
			for (Duration reminder : this.properties.reminders()) {
				add(buckets, schedule.caseId(), REMINDER + label(reminder), schedule.due().minus(reminder),
						schedule.due(), now);
			}
			add(buckets, schedule.caseId(), BREACH, schedule.due(), schedule.due(), now);
			LocalDate day = schedule.due().atZone(this.properties.zone()).toLocalDate();
			dueDays.computeIfAbsent(dueDayId(schedule.unit(), day), (id) -> new ArrayList<>()).add(schedule.caseId());
		}
		BulkOperations timers = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		buckets.forEach((bucket, entries) -> timers.upsert(Query.query(Criteria.where("_id").is(bucket)),
				new Update().addToSet("entries").each(entries.toArray())));
		timers.execute();
		BulkOperations days = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DUE_DAYS);
		dueDays.forEach((id, caseIds) -> days.upsert(Query.query(Criteria.where("_id").is(id)),
				new Update().addToSet("caseIds").each(caseIds.toArray())));
		days.execute();
	}

	private static void add(Map<String, List<Document>> buckets, String caseId, String kind, Instant at, Instant due,
			Instant now) {
		// a timer already due goes into the next minute, one the scanner has surely not
		// read yet, even with some clock skew between instances
		Instant bucket = minute(at);
		Instant earliest = minute(now).plus(1, ChronoUnit.MINUTES);
		if (bucket.isBefore(earliest)) {
			bucket = earliest;
		}
		Document entry = new Document("caseId", caseId).append("kind", kind).append("due", Date.from(due));
		buckets.computeIfAbsent(bucketId(bucket), (id) -> new ArrayList<>()).add(entry);
	}

	/**
	 * The timers one case's due date needs.
	 *
	 * @param caseId the case
	 * @param unit the unit handling it
	 * @param due its due date
	 */
	public record Schedule(String caseId, String unit, Instant due) {
	}

	/**
	 * The bucket a time falls in.
	 * @param at the time
	 * @return the start of its UTC minute
	 */
	public static Instant minute(Instant at) {
		return at.truncatedTo(ChronoUnit.MINUTES);
	}

	/**
	 * The {@code _id} of a bucket.
	 * @param minute the bucket's start
	 * @return such as {@code 2026-11-22T10:05}
	 */
	public static String bucketId(Instant minute) {
		return MINUTE.format(minute);
	}

	/**
	 * How a reminder threshold is named in timers, markers and alert ids.
	 * @param before how long before the due date
	 * @return {@code P5D} for whole days (not Java's {@code PT120H}), else ISO-8601
	 */
	static String label(Duration before) {
		return (before.toSeconds() % 86_400 == 0) ? "P" + before.toDays() + "D" : before.toString();
	}

	public static Instant parseBucket(String id) {
		return Instant.parse(id + ":00Z");
	}

	static String dueDayId(String unit, LocalDate day) {
		return unit + "|" + day;
	}

}
