package org.sujarit.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * @param staff where deadline alerts for staff go
 */
@Validated
@ConfigurationProperties("sujarit.notification")
public record NotificationProperties(@Valid @DefaultValue Mail mail,
		@DefaultValue("http://localhost:8080/api/v1/complaints/{trackingCode}") @NotBlank String statusUrlTemplate,
		@DefaultValue("15s") @NotNull Duration deliveryLease, @Valid @DefaultValue Staff staff) {

	/**
	 * E-mail settings; the SMTP server itself is {@code spring.mail.*}.
	 *
	 * @param from the sender of every message
	 */
	public record Mail(@DefaultValue("Sujarit <no-reply@sujarit.local>") @NotBlank String from) {
	}

	/**
	 * The staff directory for deadline alerts: who heads which unit, who supervises, and
	 * the work address of each staff account. Staff accounts are named as the sign-in
	 * provider names them ({@code preferred_username}).
	 *
	 * @param emails work e-mail address per staff user name
	 * @param unitHeads the user name of each unit's head, per unit code
	 * @param supervisors user names of the supervisors, who get escalations
	 * @param caseUrlTemplate the staff console's page of a case, with {@code {caseId}}
	 */
	public record Staff(@DefaultValue Map<String, @NotBlank String> emails,
			@DefaultValue Map<String, @NotBlank String> unitHeads, @DefaultValue List<@NotBlank String> supervisors,
			@DefaultValue("http://localhost:8081/console/cases/{caseId}") @NotBlank String caseUrlTemplate) {

		/**
		 * The address of a staff user.
		 * @param username the user name, may be null
		 * @return the address, or null when unknown
		 */
		public String emailOf(String username) {
			return (username != null) ? this.emails.get(username) : null;
		}

	}

}
