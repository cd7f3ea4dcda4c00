package org.sujarit.notification.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.notification.NotificationProperties;
import org.sujarit.notification.email.StatusMailer;
import org.sujarit.notification.email.StatusMessage;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ReceivedEvent;

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
	 * Handles a batch of status changes: delivers each, or parks it until its complaint
	 * arrives. The contacts are looked up once for the batch, and once more for what had
	 * to be parked.
	 * @param events the status changes, in topic order
	 */
	public void statusChanged(List<ReceivedEvent<CaseStatusChanged>> events) {
		List<ReceivedEvent<CaseStatusChanged>> heard = new ArrayList<>();
		Set<String> toCorruptionTrack = new LinkedHashSet<>();
		for (ReceivedEvent<CaseStatusChanged> received : events) {
			CaseStatusChanged event = received.data();
			if (event.channel() == Channel.WHISTLEBLOWER) {
				// the protected channel never hears from this service: no contact, no
				// trace
				continue;
			}
			if (event.category() != null && event.category().corruption()) {
				// reclassified to the corruption track: the anonymizer holds the contact
				// now
				// (forgotten after the changes before it in this batch are delivered)
				toCorruptionTrack.add(event.caseId());
				continue;
			}
			if (COMPLAINANT_HEARS.contains(event.changeOrDefault())) {
				heard.add(received);
			}
		}
		deliverOrPark(heard);
		for (String caseId : toCorruptionTrack) {
			this.recipients.forget(caseId);
			this.waiting.removeCase(caseId);
			log.info("Case {} is on the corruption track; its contact is forgotten here", caseId);
		}
	}

	private void deliverOrPark(List<ReceivedEvent<CaseStatusChanged>> heard) {
		if (heard.isEmpty()) {
			return;
		}
		Map<String, Recipient> known = this.recipients.findAll(caseIds(heard));
		List<WaitingDeliveries.Waiting> parked = new ArrayList<>();
		for (ReceivedEvent<CaseStatusChanged> received : heard) {
			Recipient recipient = known.get(received.data().caseId());
			if (recipient != null) {
				deliver(received.id(), received.data(), recipient);
			}
			else {
				parked.add(new WaitingDeliveries.Waiting(received.id(), received.data()));
			}
		}
		if (parked.isEmpty()) {
			return;
		}
		// park first, then look again: the complaint side records, then looks for parked
		// changes, so one of the two sides sees the other
		this.waiting.parkAll(parked);
		known = this.recipients.findAll(parked.stream().map((change) -> change.event().caseId()).toList());
		for (WaitingDeliveries.Waiting change : parked) {
			Recipient recipient = known.get(change.event().caseId());
			if (recipient == null) {
				log.info("Status event {} of case {} waits for its complaint", change.eventId(),
						change.event().caseId());
				continue;
			}
			deliver(change.eventId(), change.event(), recipient);
			this.waiting.remove(change.event().caseId(), change.eventId());
		}
	}

	/**
	 * Delivers what waited for complaints whose contacts have just been recorded.
	 * @param trackingCodes the tracking codes
	 */
	public void recipientsKnown(Collection<String> trackingCodes) {
		Map<String, List<WaitingDeliveries.Waiting>> parked = this.waiting.forCases(trackingCodes);
		if (parked.isEmpty()) {
			return;
		}
		Map<String, Recipient> known = this.recipients.findAll(parked.keySet());
		parked.forEach((trackingCode, changes) -> {
			Recipient recipient = known.get(trackingCode);
			if (recipient == null) {
				throw new IllegalStateException("Recipient " + trackingCode + " vanished");
			}
			for (WaitingDeliveries.Waiting change : changes) {
				deliver(change.eventId(), change.event(), recipient);
			}
			this.waiting.removeCase(trackingCode);
		});
	}

	private static List<String> caseIds(List<ReceivedEvent<CaseStatusChanged>> events) {
		return events.stream().map((event) -> event.data().caseId()).distinct().toList();
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
