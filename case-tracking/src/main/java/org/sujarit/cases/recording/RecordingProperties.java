package org.sujarit.cases.recording;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on complaints recorded by intake clerks.
 *
 * @param maxAge how long ago a recorded complaint may have been received (default 60
 * days): older paper is a backlog to clear another way, not a case with a running clock
 * @param respondWithin the response deadline from receipt, as intake uses (15 days)
 */
@ConfigurationProperties("sujarit.cases.recording")
public record RecordingProperties(@DefaultValue("60d") Duration maxAge, @DefaultValue("15d") Duration respondWithin) {
}
