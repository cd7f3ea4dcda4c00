package org.sujarit.cases.queue;

import java.util.List;
import java.util.Map;

import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff queues: a unit's cases, earliest due first, and their counts per status.
 */
@RestController
class QueueController {

	private final CaseQueue queue;

	private final Routing routing;

	private final CaseAccess access;

	QueueController(CaseQueue queue, Routing routing, CaseAccess access) {
		this.queue = queue;
		this.routing = routing;
		this.access = access;
	}

	@GetMapping("/api/v1/cases")
	QueuePage queue(@RequestParam(required = false) String queue, @RequestParam(required = false) List<String> status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String due, @RequestParam(required = false) List<String> channel,
			@RequestParam(required = false) List<String> category, @RequestParam(required = false) String assignee,
			StaffUser staff) {
		QueueQuery query = QueueQuery.parse(this.routing, queue, status, page, size, due, channel, category, assignee);
		this.access.requireQueue(staff, query.unit());
		return this.queue.page(query, this.access.seesCorruptionIn(staff, query.unit()), staff);
	}

	@GetMapping("/api/v1/cases/recorded")
	QueuePage recorded(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			StaffUser staff) {
		this.access.requireRecord(staff);
		QueueQuery query = QueueQuery.parse(this.routing, "CLERK_OFFICE", null, page, size);
		return this.queue.recorded(staff, query.page(), query.size());
	}

	@GetMapping("/api/v1/cases/counts")
	QueueCounts counts(@RequestParam(required = false) String queue, StaffUser staff) {
		QueueQuery query = QueueQuery.parse(this.routing, queue, null, null, null);
		this.access.requireQueue(staff, query.unit());
		return new QueueCounts(query.unit(), this.routing.unitName(query.unit()),
				this.queue.counts(query.unit(), this.access.seesCorruptionIn(staff, query.unit())));
	}

	/**
	 * How many cases a unit has in each status.
	 *
	 * @param queue the unit code
	 * @param queueName the unit's Thai name
	 * @param counts cases per status, every status listed
	 */
	record QueueCounts(String queue, String queueName, Map<CaseStatus, Long> counts) {
	}

}
