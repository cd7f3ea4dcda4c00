package org.sujarit.cases.queue;

import java.util.List;

import org.sujarit.platform.events.CaseStatus;

/**
 * One page of a unit's queue, earliest due first.
 *
 * @param queue the unit code
 * @param queueName the unit's Thai name
 * @param statuses the statuses listed
 * @param page the page number, from 0
 * @param size the page size
 * @param hasMore whether a next page has cases
 * @param items the cases
 */
public record QueuePage(String queue, String queueName, List<CaseStatus> statuses, int page, int size, boolean hasMore,
		List<CaseSummary> items) {
}
