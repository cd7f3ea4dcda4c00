package org.sujarit.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.Location;
import org.sujarit.platform.events.SlaStanding;

/**
 * A case as stored in the {@value #COLLECTION} collection: field names, typed reading,
 * and the status event a change of it publishes.
 * <p>
 * Cases stay plain documents rather than mapped classes so that a write can never replace
 * the {@code outbox} array the relay drains; every change is a targeted update.
 */
public final class CaseDocument {

	/** The collection of cases; {@code _id} is the case id. */
	public static final String COLLECTION = "cases";

	public static final String ID = "_id";

	public static final String KIND = "kind";

	public static final String CATEGORY = "category";

	public static final String CHANNEL = "channel";

	public static final String UNIT = "unit";

	public static final String STATUS = "status";

	public static final String VERSION = "version";

	public static final String RECEIVED_AT = "receivedAt";

	public static final String RESPOND_BY = "respondBy";

	public static final String OPENED_AT = "openedAt";

	public static final String UPDATED_AT = "updatedAt";

	public static final String ROUTING = "routing";

	public static final String SUBJECT = "subject";

	public static final String DESCRIPTION = "description";

	public static final String LOCATION = "location";

	public static final String COMPLAINANT = "complainant";

	public static final String PSEUDONYM = "pseudonym";

	public static final String NARRATIVE = "narrative";

	public static final String ACCUSED = "accused";

	public static final String IDENTITY_SEALED = "identitySealed";

	public static final String HISTORY = "history";

	/**
	 * Whether the case is on the corruption track; access rules and queues filter on it.
	 */
	public static final String CORRUPTION = "corruption";

	/** The officer working the case, null while unassigned. */
	public static final String ASSIGNEE = "assignee";

	/** The intake clerk who recorded an off-line complaint. */
	public static final String RECORDED_BY = "recordedBy";

	/** Evidence files, metadata only: the files are in GridFS. */
	public static final String EVIDENCE = "evidence";

	/**
	 * The SLA engine's sub-document ({@code sla.standing}, {@code sla.breached}, ...);
	 * absent means on track.
	 */
	public static final String SLA = "sla";

	/** Ids of the follow-ups and disclosures already applied, so each applies once. */
	public static final String FOLLOW_UPS = "followUps";

	/** Who an official named by the case works for, as staff recorded it. */
	public static final String NAMED_UNIT = "namedUnit";

	private final Document document;

	private CaseDocument(Document document) {
		this.document = document;
	}

	/**
	 * Wraps a stored case.
	 * @param document the document
	 * @return the case
	 */
	public static CaseDocument of(Document document) {
		return new CaseDocument(document);
	}

	/**
	 * The event id of the status event for a case version. Derived, so that however often
	 * a change is attempted, the event it publishes has one id.
	 * @param caseId the case id
	 * @param version the case version the event reports
	 * @return the event id
	 */
	public static String eventId(String caseId, long version) {
		return caseId + ":v" + version;
	}

	public String caseId() {
		return this.document.getString(ID);
	}

	public CaseKind kind() {
		return CaseKind.valueOf(this.document.getString(KIND));
	}

	public Category category() {
		return Category.valueOf(this.document.getString(CATEGORY));
	}

	public Channel channel() {
		return Channel.valueOf(this.document.getString(CHANNEL));
	}

	public String unit() {
		return this.document.getString(UNIT);
	}

	public CaseStatus status() {
		return CaseStatus.valueOf(this.document.getString(STATUS));
	}

	public long version() {
		return ((Number) this.document.get(VERSION)).longValue();
	}

	public Instant receivedAt() {
		return instant(RECEIVED_AT);
	}

	public Instant respondBy() {
		return instant(RESPOND_BY);
	}

	/**
	 * Whether the answer is late.
	 * @param now the current time
	 * @return true when the case is still open after its due date
	 */
	public boolean overdue(Instant now) {
		return status().open() && respondBy().isBefore(now);
	}

	/**
	 * What staff see as the case's title.
	 * @return the subject of a general complaint, the pseudonym of a whistleblower report
	 */
	public String title() {
		return (kind() == CaseKind.WHISTLEBLOWER) ? pseudonym() : subject();
	}

	public String routingUnit() {
		Document routing = this.document.get(ROUTING, Document.class);
		return (routing != null) ? routing.getString("unit") : unit();
	}

	public String routingReason() {
		Document routing = this.document.get(ROUTING, Document.class);
		return (routing != null) ? routing.getString("reason") : null;
	}

	public String subject() {
		return this.document.getString(SUBJECT);
	}

	public String description() {
		return this.document.getString(DESCRIPTION);
	}

	public Location location() {
		Document location = this.document.get(LOCATION, Document.class);
		return (location != null)
				? new Location(location.getString("address"), location.getDouble("lat"), location.getDouble("lon"))
				: null;
	}

	public Complainant complainant() {
		Document complainant = this.document.get(COMPLAINANT, Document.class);
		return (complainant != null) ? new Complainant(complainant.getString("name"), complainant.getString("phone"),
				complainant.getString("email"), complainant.getString("lineId")) : null;
	}

	public String pseudonym() {
		return this.document.getString(PSEUDONYM);
	}

	public String narrative() {
		return this.document.getString(NARRATIVE);
	}

	public Accused accused() {
		Document accused = this.document.get(ACCUSED, Document.class);
		return (accused != null)
				? new Accused(accused.getString("name"), accused.getString("position"), accused.getString("unit"))
				: null;
	}

	public Boolean identitySealed() {
		return this.document.getBoolean(IDENTITY_SEALED);
	}

	/**
	 * Whether the case is on the corruption track.
	 * @return true for whistleblower reports and corruption categories
	 */
	public boolean corruption() {
		Boolean stored = this.document.getBoolean(CORRUPTION);
		if (stored != null) {
			return stored;
		}
		return kind() == CaseKind.WHISTLEBLOWER || category().corruption();
	}

	/**
	 * Whether a follow-up or disclosure was applied already.
	 * @param id its id
	 * @return true when applied
	 */
	public boolean handledFollowUp(String id) {
		return this.document.getList(FOLLOW_UPS, String.class, List.of()).contains(id);
	}

	public String namedUnit() {
		return this.document.getString(NAMED_UNIT);
	}

	public String assignee() {
		return this.document.getString(ASSIGNEE);
	}

	public String recordedBy() {
		return this.document.getString(RECORDED_BY);
	}

	/**
	 * How the case stands against its due date, for its events.
	 * @return paused while waiting on the complainant, else what the SLA engine recorded
	 */
	public SlaStanding slaStanding() {
		return slaStandingAt(status());
	}

	/**
	 * How the case stands against its due date once in a status.
	 * @param status the status
	 * @return breached stays breached; paused while waiting; else what the SLA engine
	 * recorded, on track by default
	 */
	public SlaStanding slaStandingAt(CaseStatus status) {
		String stored = storedStanding();
		if (SlaStanding.BREACHED.name().equals(stored)) {
			return SlaStanding.BREACHED;
		}
		if (status == CaseStatus.WAITING_ON_COMPLAINANT) {
			return SlaStanding.PAUSED;
		}
		if (stored == null || SlaStanding.PAUSED.name().equals(stored)) {
			return SlaStanding.ON_TRACK;
		}
		return SlaStanding.valueOf(stored);
	}

	// the SLA engine keeps its state in the sla sub-document ({standing, breached, ...})
	private String storedStanding() {
		Object sla = this.document.get(SLA);
		if (sla instanceof Document fields) {
			if (Boolean.TRUE.equals(fields.getBoolean("breached"))) {
				return SlaStanding.BREACHED.name();
			}
			return fields.getString("standing");
		}
		return (sla instanceof String standing) ? standing : null;
	}

	/**
	 * The evidence files of the case.
	 * @return their metadata, oldest first
	 */
	public List<Document> evidence() {
		return this.document.getList(EVIDENCE, Document.class, List.of());
	}

	/**
	 * What access rules need to know of the case.
	 * @return the subject
	 */
	public org.sujarit.cases.access.CaseAccess.Subject accessSubject() {
		return new org.sujarit.cases.access.CaseAccess.Subject(unit(), corruption(), recordedBy());
	}

	public List<HistoryEntry> history() {
		List<HistoryEntry> history = new ArrayList<>();
		for (Document entry : this.document.getList(HISTORY, Document.class, List.of())) {
			history.add(HistoryEntry.of(entry));
		}
		return history;
	}

	/**
	 * The event reporting a change of this case to a new status.
	 * @param version the case version after the change
	 * @param status the status after the change
	 * @param previousStatus the status before, null when the case was just opened
	 * @param changedAt when the change happened
	 * @param publicMessage the answer to the complainant, optional
	 * @return the event data
	 */
	public CaseStatusChanged statusChanged(long version, CaseStatus status, CaseStatus previousStatus,
			Instant changedAt, String publicMessage) {
		return new CaseStatusChanged(caseId(), version, category(), channel(), unit(), status, previousStatus,
				receivedAt(), respondBy(), changedAt, publicMessage);
	}

	/**
	 * The event reporting a change of this case.
	 * @param version the case version after the change
	 * @param status the status after the change
	 * @param changedAt when the change happened
	 * @param publicMessage the message to the complainant, optional
	 * @param change what changed
	 * @param after what differs after the change: unit, category, due date and standing
	 * @return the event data
	 */
	public CaseStatusChanged changed(long version, CaseStatus status, Instant changedAt, String publicMessage,
			CaseChange change, After after) {
		return new CaseStatusChanged(caseId(), version, (after.category() != null) ? after.category() : category(),
				channel(), (after.unit() != null) ? after.unit() : unit(), status, status(), receivedAt(),
				(after.respondBy() != null) ? after.respondBy() : respondBy(), changedAt, publicMessage, change,
				(after.sla() != null) ? after.sla() : slaStandingAt(status));
	}

	/**
	 * What a change alters besides the status, for its event; null fields stay as they
	 * were.
	 *
	 * @param unit the new unit
	 * @param category the new category
	 * @param respondBy the new due date
	 * @param sla the new standing
	 */
	public record After(String unit, Category category, Instant respondBy, SlaStanding sla) {

		/** Nothing else changes. */
		public static final After NOTHING = new After(null, null, null, null);

	}

	/**
	 * Stores a location as a sub-document.
	 * @param location the location, may be null
	 * @return the document, or null
	 */
	public static Document location(Location location) {
		return (location != null) ? new Document("address", location.address()).append("lat", location.lat())
			.append("lon", location.lon()) : null;
	}

	/**
	 * Stores complainant contact as a sub-document.
	 * @param complainant the contact, may be null
	 * @return the document, or null
	 */
	public static Document complainant(Complainant complainant) {
		return (complainant != null) ? new Document("name", complainant.name()).append("phone", complainant.phone())
			.append("email", complainant.email())
			.append("lineId", complainant.lineId()) : null;
	}

	/**
	 * Stores the accused as a sub-document.
	 * @param accused the accused, may be null
	 * @return the document, or null
	 */
	public static Document accused(Accused accused) {
		return (accused != null) ? new Document("name", accused.name()).append("position", accused.position())
			.append("unit", accused.unit()) : null;
	}

	/**
	 * Stores a time. BSON dates hold milliseconds, so every time a case keeps, and every
	 * event it publishes, is at millisecond precision.
	 * @param instant the time
	 * @return the BSON date
	 */
	public static Date date(Instant instant) {
		return Date.from(instant);
	}

	private Instant instant(String field) {
		Date date = this.document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
