package org.sujarit.cases.routing;

/**
 * Where a case goes and why, as recorded in its history.
 *
 * @param unit the unit code, such as {@code LEGAL}
 * @param reason why, in words staff read in the audit trail
 */
public record RoutingDecision(String unit, String reason) {
}
