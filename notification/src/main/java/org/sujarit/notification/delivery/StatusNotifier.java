package org.sujarit.notification.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.notification.NotificationProperties;
import org.sujarit.notification.email.StatusMailer;
import org.sujarit.notification.email.StatusMessage;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Channel;

import org.springframework.stereotype.Component;

/**
 * Decides who hears about a status change and delivers it, once per event.
 * <p>
 * A status change can arrive before the complaint that tells where to send it: it then
 * waits until the complaint comes. Both sides write first and look second (the status
 * side parks, then checks for the complaint; the complaint side records the contact, then
 * checks for parked changes), so at least one of them sees the other and nothing is left
 * waiting; {@link Deliveries} keeps the two from sending the same change twice.
 */
@Component
public class StatusNotifier {

	private static final Logger log = LoggerFactory.getLogger(StatusNotifier.class);

	/**
	 * Changes the complainant is told of; internal ones (reassignment, breach) are not.
	 */
	private static final Set<CaseChange> COMPLAINANT_HEARS = EnumSet.of(CaseChange.OPENED, CaseChange.STATUS_CHANGED,
			CaseChange.PUBLIC_MESSAGE, CaseChange.EXTENDED, CaseChange.REOPENED);

	private final Recipients recipients;

	private final WaitingDeliveries waiting;

	private final Deliveries deliveries;

	private final StatusMailer mailer;

	private final NotificationProperties properties;

	public StatusNotifier(Recipients recipients, WaitingDeliveries waiting, Deliveries deliveries, StatusMailer mailer,
			NotificationProperties properties) {
		this.recipients = recipients;
		this.waiting = waiting;
		this.deliveries = deliveries;
		this.mailer = mailer;
		this.properties = properties;
	}

	/**
	 * Handles a status change: delivers it, or parks it until its complaint arrives.
	 * @param eventId the event id
	 * @param event the status change
	 */
	public void statusChanged(String eventId, CaseStatusChanged event) {
		if (event.channel() == Channel.WHISTLEBLOWER) {
			// the protected channel never hears from this service: no contact, no trace
			return;
		}
		if (event.category() != null && event.category().corruption()) {
			// reclassified to the corruption track: the anonymizer holds the contact now
			this.recipients.forget(event.caseId());
			this.waiting.removeCase(event.caseId());
			log.info("Case {} is on the corruption track; its contact is forgotten here", event.caseId());
			return;
		}
		if (!COMPLAINANT_HEARS.contains(event.changeOrDefault())) {
			return;
		}
		Optional<Recipient> recipient = this.recipients.find(event.caseId());
		if (recipient.isPresent()) {
			deliver(eventId, event, recipient.get());
			return;
		}
		this.waiting.park(eventId, event);
		recipient = this.recipients.find(event.caseId());
		if (recipient.isEmpty()) {
			log.info("Status event {} of case {} waits for its complaint", eventId, event.caseId());
			return;
		}
		deliver(eventId, event, recipient.get());
		this.waiting.remove(eventId);
	}

	/**
	 * Delivers what waited for a complaint whose contact has just been recorded.
	 * @param trackingCode the tracking code
	 */
	public void recipientKnown(String trackingCode) {
		List<WaitingDeliveries.Waiting> parked = this.waiting.forCase(trackingCode);
		if (parked.isEmpty()) {
			return;
		}
		Recipient recipient = this.recipients.find(trackingCode)
			.orElseThrow(() -> new IllegalStateException("Recipient " + trackingCode + " vanished"));
		for (WaitingDeliveries.Waiting change : parked) {
			deliver(change.eventId(), change.event(), recipient);
			this.waiting.remove(change.eventId());
		}
	}

	private void deliver(String eventId, CaseStatusChanged event, Recipient recipient) {
		if (!recipient.hasEmail()) {
			return;
		}
		switch (this.deliveries.claim(eventId, event.caseId())) {
			case ALREADY_SENT -> {
				log.debug("Status e-mail of event {} for case {} was already sent", eventId, event.caseId());
				return;
			}
			case BUSY -> throw DeliveryFailedException.busy(event.caseId(), eventId);
			case SEND -> {
			}
		}
		try {
			this.mailer.send(recipient.email(), StatusMessage.render(event, statusUrl(event.caseId())));
		}
		catch (RuntimeException ex) {
			this.deliveries.failed(eventId);
			throw DeliveryFailedException.sendFailed(event.caseId(), eventId, ex);
		}
		this.deliveries.sent(eventId);
		log.info("Sent status e-mail for case {} (event {}, status {})", event.caseId(), eventId, event.status());
	}

	private String statusUrl(String trackingCode) {
		return this.properties.statusUrlTemplate()
			.replace("{trackingCode}", URLEncoder.encode(trackingCode, StandardCharsets.UTF_8));
	}

}
