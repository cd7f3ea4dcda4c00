package org.sujarit.intake.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.FollowUpKind;
import org.sujarit.platform.events.SlaStanding;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the public status view of a submission, by its id.
 */
@Component
public class StatusViews {

	private final MongoTemplate mongo;

	public StatusViews(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The view of one submission.
	 * @param collection {@link StatusDocuments#COMPLAINTS} or
	 * {@link StatusDocuments#WHISTLEBLOWER_SUBMISSIONS}
	 * @param id the tracking code or submission id
	 * @return the view, empty when there is no such submission
	 */
	public Optional<StatusView> find(String collection, String id) {
		Query query = Query.query(Criteria.where("_id").is(id));
		// the outbox may still hold the submission's text until the relay has sent it
		query.fields()
			.include(StatusDocuments.STATUS, StatusDocuments.RECEIVED_AT, StatusDocuments.RESPOND_BY,
					StatusDocuments.UPDATES);
		Document document = this.mongo.findOne(query, Document.class, collection);
		return Optional.ofNullable(document).map(StatusViews::view);
	}

	private static StatusView view(Document document) {
		List<StatusView.Update> updates = new ArrayList<>();
		for (Document update : document.getList(StatusDocuments.UPDATES, Document.class, List.of())) {
			updates.add(new StatusView.Update(instant(update, StatusDocuments.AT),
					CaseStatus.valueOf(update.getString(StatusDocuments.STATUS)),
					update.getString(StatusDocuments.MESSAGE), change(update)));
		}
		return new StatusView(document.getString("_id"), CaseStatus.valueOf(document.getString(StatusDocuments.STATUS)),
				instant(document, StatusDocuments.RECEIVED_AT), instant(document, StatusDocuments.RESPOND_BY),
				List.copyOf(updates));
	}

	/**
	 * What the reporter of a whistleblower submission sees when following it up.
	 * @param submissionId the submission id
	 * @return the view, empty when there is no such submission
	 */
	public Optional<FollowUpView> followUp(String submissionId) {
		Query query = Query.query(Criteria.where("_id").is(submissionId));
		query.fields()
			.include(StatusDocuments.STATUS, StatusDocuments.RECEIVED_AT, StatusDocuments.RESPOND_BY,
					StatusDocuments.SLA, StatusDocuments.UPDATES, StatusDocuments.PENDING_MESSAGES,
					StatusDocuments.PENDING_EVIDENCE, StatusDocuments.DISCLOSED_AT, StatusDocuments.DISCLOSURE_NOTICE);
		Document document = this.mongo.findOne(query, Document.class, StatusDocuments.WHISTLEBLOWER_SUBMISSIONS);
		return Optional.ofNullable(document).map(StatusViews::followUpView);
	}

	private static FollowUpView followUpView(Document document) {
		List<FollowUpView.Entry> timeline = new ArrayList<>();
		for (Document update : document.getList(StatusDocuments.UPDATES, Document.class, List.of())) {
			CaseChange change = change(update);
			if (change == null) {
				change = timeline.isEmpty() ? CaseChange.OPENED : CaseChange.STATUS_CHANGED;
			}
			timeline.add(new FollowUpView.Entry(instant(update, StatusDocuments.AT), change,
					(change == CaseChange.REPORTER_MESSAGE) ? FollowUpView.From.REPORTER
							: FollowUpView.From.MUNICIPALITY,
					CaseStatus.valueOf(update.getString(StatusDocuments.STATUS)),
					update.getString(StatusDocuments.MESSAGE)));
		}
		List<FollowUpView.Pending> pending = new ArrayList<>();
		pending(document, StatusDocuments.PENDING_MESSAGES, FollowUpKind.MESSAGE, pending);
		pending(document, StatusDocuments.PENDING_EVIDENCE, FollowUpKind.EVIDENCE, pending);
		pending.sort(Comparator.comparing(FollowUpView.Pending::sentAt));
		Instant disclosedAt = instant(document, StatusDocuments.DISCLOSED_AT);
		String sla = document.getString(StatusDocuments.SLA);
		return new FollowUpView(CaseStatus.valueOf(document.getString(StatusDocuments.STATUS)),
				instant(document, StatusDocuments.RECEIVED_AT), instant(document, StatusDocuments.RESPOND_BY),
				(sla != null) ? SlaStanding.valueOf(sla) : SlaStanding.ON_TRACK, List.copyOf(timeline),
				List.copyOf(pending), (disclosedAt != null) ? new FollowUpView.Disclosure(disclosedAt,
						document.getString(StatusDocuments.DISCLOSURE_NOTICE)) : null);
	}

	private static void pending(Document document, String field, FollowUpKind kind,
			List<FollowUpView.Pending> pending) {
		for (Document entry : document.getList(field, Document.class, List.of())) {
			pending.add(new FollowUpView.Pending(entry.getString(StatusDocuments.PENDING_ID), kind,
					instant(entry, StatusDocuments.AT)));
		}
	}

	private static CaseChange change(Document update) {
		String change = update.getString(StatusDocuments.CHANGE);
		return (change != null) ? CaseChange.valueOf(change) : null;
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
