package org.sujarit.cases.lifecycle;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sujarit.platform.events.CaseStatus;

/**
 * Which status changes a case may make. A case is acknowledged before work starts, may be
 * resolved from any open status (a quick answer needs no separate start), may wait on the
 * complainant while work is under way, may be rejected or referred while open, and is
 * closed only once resolved. A supervisor may reopen a finished case.
 */
public class CaseLifecycle {

	/**
	 * Whether a case may go from one status to another by some action.
	 * @param from the current status
	 * @param to the wanted status
	 * @return true when the change is allowed
	 */
	public boolean allows(CaseStatus from, CaseStatus to) {
		return next(from).contains(to);
	}

	/**
	 * Whether an action may be taken on a case in a status.
	 * @param from the current status
	 * @param action the action
	 * @return true when the action is allowed
	 */
	public boolean allows(CaseStatus from, CaseAction action) {
		return action.from().contains(from);
	}

	/**
	 * The statuses a case may go to next.
	 * @param from the current status
	 * @return the allowed next statuses
	 */
	public Set<CaseStatus> next(CaseStatus from) {
		Set<CaseStatus> next = EnumSet.noneOf(CaseStatus.class);
		actions(from).forEach((action) -> next.add(action.target()));
		return next;
	}

	/**
	 * The actions that may be taken on a case in a status.
	 * @param from the current status
	 * @return the actions, in lifecycle order
	 */
	public List<CaseAction> actions(CaseStatus from) {
		return Arrays.stream(CaseAction.values()).filter((action) -> action.from().contains(from)).toList();
	}

}
