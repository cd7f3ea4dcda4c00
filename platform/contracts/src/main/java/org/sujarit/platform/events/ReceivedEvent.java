package org.sujarit.platform.events;

import java.time.Instant;

/**
 * An event read from a topic: the CloudEvents attributes consumers need and the data.
 *
 * @param <T> the data record
 * @param id the event id; consumers deduplicate on it
 * @param type the CloudEvents type
 * @param source the producing service
 * @param subject the case or submission id
 * @param time when the producer recorded the event
 * @param data the data record
 */
public record ReceivedEvent<T>(String id, String type, String source, String subject, Instant time, T data) {
}
