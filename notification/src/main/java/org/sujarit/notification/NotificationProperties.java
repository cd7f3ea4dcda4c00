package org.sujarit.notification;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification service.
 *
 * @param mail e-mail settings
 * @param statusUrlTemplate the public status page of a case, with {@code {trackingCode}}
 * where the tracking code goes
 * @param deliveryLease how long a started delivery belongs to the attempt that started
 * it; after that another attempt may take it over (the first one is presumed dead).
 * Longer than a send can take (see the SMTP timeouts), shorter than the consumer's retry
 * span
 */
@Validated
@ConfigurationProperties("sujarit.notification")
public record NotificationProperties(@Valid @DefaultValue Mail mail,
		@DefaultValue("http://localhost:8080/api/v1/complaints/{trackingCode}") @NotBlank String statusUrlTemplate,
		@DefaultValue("15s") @NotNull Duration deliveryLease) {

	/**
	 * E-mail settings; the SMTP server itself is {@code spring.mail.*}.
	 *
	 * @param from the sender of every message
	 */
	public record Mail(@DefaultValue("Sujarit <no-reply@sujarit.local>") @NotBlank String from) {
	}

}
