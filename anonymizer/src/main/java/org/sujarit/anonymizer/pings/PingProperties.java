package org.sujarit.anonymizer.pings;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the content-free update pings.
 *
 * @param enabled whether pings are sent at all
 * @param minInterval at most one ping per report in this time; changes in between are
 * coalesced into one ping when it has passed
 * @param sweepInterval how often coalesced pings that have become due are sent
 * @param from the sender address of ping e-mails
 * @param followUpUrl the public follow-up page named in the ping, the same for every
 * report; optional
 */
@Validated
@ConfigurationProperties("sujarit.anonymizer.pings")
public record PingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1h") @NotNull Duration minInterval,
		@DefaultValue("1m") @NotNull Duration sweepInterval,
		@DefaultValue("no-reply@sujarit.local") @NotBlank String from, String followUpUrl) {
}
