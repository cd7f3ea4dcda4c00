package org.sujarit.intake.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.sujarit.platform.events.CaseStatus;

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
					update.getString(StatusDocuments.MESSAGE)));
		}
		return new StatusView(document.getString("_id"), CaseStatus.valueOf(document.getString(StatusDocuments.STATUS)),
				instant(document, StatusDocuments.RECEIVED_AT), instant(document, StatusDocuments.RESPOND_BY),
				List.copyOf(updates));
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
