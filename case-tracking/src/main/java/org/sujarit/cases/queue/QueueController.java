package org.sujarit.cases.queue;

import org.sujarit.cases.access.CaseAccess;
import org.sujarit.platform.runtime.staff.StaffUser;

import java.util.List;

import org.sujarit.cases.routing.Routing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff queues: a unit's cases, earliest due first.
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
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, StaffUser staff) {
		QueueQuery query = QueueQuery.parse(this.routing, queue, status, page, size);
		this.access.requireQueue(staff, query.unit());
		return this.queue.page(query, this.access.seesCorruptionIn(staff, query.unit()));
	}

}
