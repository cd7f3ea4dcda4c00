package org.sujarit.cases.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.sujarit.platform.events.CaseStatus;

/**
 * Which status changes a case may make. A case is acknowledged before work starts, may be
 * resolved from any open status (a quick answer needs no separate start), and is closed
 * only once resolved. REJECTED and REFERRED, and reopening, come with later rules.
 */
public class CaseLifecycle {

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = next();

	/**
	 * Whether a case may go from one status to another.
	 * @param from the current status
	 * @param to the wanted status
	 * @return true when the change is allowed
	 */
	public boolean allows(CaseStatus from, CaseStatus to) {
		return NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * Whether an action may be taken on a case in a status.
	 * @param from the current status
	 * @param action the action
	 * @return true when the action is allowed
	 */
	public boolean allows(CaseStatus from, CaseAction action) {
		return allows(from, action.target());
	}

	/**
	 * The statuses a case may go to next.
	 * @param from the current status
	 * @return the allowed next statuses, empty for a final status
	 */
	public Set<CaseStatus> next(CaseStatus from) {
		return NEXT.getOrDefault(from, Set.of());
	}

	private static Map<CaseStatus, Set<CaseStatus>> next() {
		Map<CaseStatus, Set<CaseStatus>> next = new EnumMap<>(CaseStatus.class);
		next.put(CaseStatus.RECEIVED, immutable(EnumSet.of(CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED)));
		next.put(CaseStatus.ACKNOWLEDGED, immutable(EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)));
		next.put(CaseStatus.IN_PROGRESS, immutable(EnumSet.of(CaseStatus.RESOLVED)));
		next.put(CaseStatus.RESOLVED, immutable(EnumSet.of(CaseStatus.CLOSED)));
		return Collections.unmodifiableMap(next);
	}

	private static Set<CaseStatus> immutable(Set<CaseStatus> statuses) {
		return Collections.unmodifiableSet(statuses);
	}

}
