package org.sujarit.platform.events;

/**
 * The official a whistleblower report is about. This is evidence, not the reporter's
 * identity: it is kept through anonymization. It names a person, so it is personal data
 * of the accused and stays inside the case.
 *
 * @param name the official's name, optional
 * @param position the official's position, optional
 * @param unit the unit the official works in, optional
 */
public record Accused(String name, String position, String unit) {
}
