package org.sujarit.statistics.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.SlaStanding;
import org.sujarit.statistics.fiscalyear.FiscalYear;
import org.sujarit.statistics.projection.CaseProjections;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts the cases of a fiscal year from the projections.
 */
@Component
public class YearlyReport {

	/** Key for cases not routed to any unit. */
	static final String NO_UNIT = "UNASSIGNED";

	private final MongoTemplate mongo;

	public YearlyReport(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Counts one fiscal year.
	 * @param year the fiscal year
	 * @return its counts, zero where there were no cases
	 */
	public YearlyStatistics of(FiscalYear year) {
		Query query = Query.query(Criteria.where("fiscalYear").is(year.buddhistYear()));
		query.fields().include("channel", "category", "unit", "status", "sla", "breached");
		List<Document> cases = this.mongo.find(query, Document.class, CaseProjections.COLLECTION);
		Map<String, Long> byChannel = zeros(Channel.values());
		Map<String, Long> byCategory = zeros(Category.values());
		Map<String, Long> byStatus = zeros(CaseStatus.values());
		Map<String, Long> byUnit = new TreeMap<>();
		Map<String, Long> bySla = zeros(SlaStanding.values());
		for (Document projection : cases) {
			count(byChannel, projection.getString("channel"));
			count(byCategory, projection.getString("category"));
			count(byStatus, projection.getString("status"));
			count(bySla, standing(projection));
			String unit = projection.getString("unit");
			count(byUnit, (unit != null && !unit.isBlank()) ? unit : NO_UNIT);
		}
		return new YearlyStatistics(year.buddhistYear(), year.from(), year.to(), cases.size(), byChannel, byCategory,
				byUnit, byStatus, bySla);
	}

	// a breach is for good, whatever the case's latest standing says
	private static String standing(Document projection) {
		if (Boolean.TRUE.equals(projection.getBoolean("breached"))) {
			return SlaStanding.BREACHED.name();
		}
		String sla = projection.getString("sla");
		return (sla != null) ? sla : SlaStanding.ON_TRACK.name();
	}

	private static Map<String, Long> zeros(Enum<?>[] values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Arrays.stream(values).forEach((value) -> counts.put(value.name(), 0L));
		return counts;
	}

	private static void count(Map<String, Long> counts, String key) {
		counts.merge(key, 1L, Long::sum);
	}

}
