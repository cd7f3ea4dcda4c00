package org.sujarit.cases.queue;

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

	QueueController(CaseQueue queue, Routing routing) {
		this.queue = queue;
		this.routing = routing;
	}

	@GetMapping("/api/v1/cases")
	QueuePage queue(@RequestParam(required = false) String queue, @RequestParam(required = false) List<String> status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		return this.queue.page(QueueQuery.parse(this.routing, queue, status, page, size));
	}

}
