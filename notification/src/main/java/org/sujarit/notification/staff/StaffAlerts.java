package org.sujarit.notification.staff;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.notification.NotificationProperties;
import org.sujarit.notification.delivery.Deliveries;
import org.sujarit.notification.delivery.DeliveryFailedException;
import org.sujarit.notification.email.StatusMailer;
import org.sujarit.platform.events.SlaAlert;

import org.springframework.stereotype.Component;

/**
 * Delivers deadline alerts to the staff they concern: a reminder to the assigned officer
 * and the unit head, an escalation to the supervisors (and the unit head), a digest to
 * the unit head. One e-mail per alert and person, however often the alert arrives.
 */
@Component
public class StaffAlerts {

	private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);

	private final Deliveries deliveries;

	private final StatusMailer mailer;

	private final NotificationProperties.Staff staff;

	public StaffAlerts(Deliveries deliveries, StatusMailer mailer, NotificationProperties properties) {
		this.deliveries = deliveries;
		this.mailer = mailer;
		this.staff = properties.staff();
	}

	/**
	 * Delivers one alert.
	 * @param alert the alert
	 */
	public void deliver(SlaAlert alert) {
		for (String username : recipients(alert)) {
			String email = this.staff.emailOf(username);
			if (email == null) {
				log.warn("No work address for staff user {}: alert {} not sent to them", username, alert.alertId());
				continue;
			}
			send(alert, username, email);
		}
	}

	Set<String> recipients(SlaAlert alert) {
		Set<String> recipients = new LinkedHashSet<>();
		String head = this.staff.unitHeads().get(alert.unit());
		switch (alert.kind()) {
			case REMINDER -> {
				addIfPresent(recipients, alert.assignee());
				addIfPresent(recipients, head);
			}
			case ESCALATION -> {
				recipients.addAll(this.staff.supervisors());
				addIfPresent(recipients, head);
			}
			case DIGEST -> addIfPresent(recipients, head);
		}
		return recipients;
	}

	private void send(SlaAlert alert, String username, String email) {
		String deliveryId = alert.alertId() + "|" + username;
		String subject = (alert.caseId() != null) ? alert.caseId() : alert.unit();
		switch (this.deliveries.claim(deliveryId, subject)) {
			case ALREADY_SENT -> {
				return;
			}
			case BUSY -> throw DeliveryFailedException.busy(subject, deliveryId);
			case SEND -> {
			}
		}
		try {
			this.mailer.send(email, StaffAlertMessage.render(alert, this.staff.caseUrlTemplate()));
		}
		catch (RuntimeException ex) {
			this.deliveries.failed(deliveryId);
			throw DeliveryFailedException.sendFailed(subject, deliveryId, ex);
		}
		this.deliveries.sent(deliveryId);
		log.info("Sent {} alert {} to staff user {}", alert.kind(), alert.alertId(), username);
	}

	private static void addIfPresent(Set<String> recipients, String username) {
		if (username != null && !username.isBlank()) {
			recipients.add(username);
		}
	}

}
