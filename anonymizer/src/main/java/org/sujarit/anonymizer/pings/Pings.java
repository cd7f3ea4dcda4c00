package org.sujarit.anonymizer.pings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.anonymizer.vault.Custody;
import org.sujarit.anonymizer.vault.IdentitySealer;
import org.sujarit.anonymizer.vault.IdentityVault;
import org.sujarit.anonymizer.vault.VaultEntry;
import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.Reporter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Content-free update pings to confidential reporters who asked for them. A case-status
 * change staff made for the reporter (a status change, a public message, an extension, a
 * reopening, a disclosure notice) on a case the vault holds becomes at most one ping per
 * event and at most one per report per {@link PingProperties#minInterval()}; changes in
 * between are coalesced into one ping sent when the interval has passed.
 * <p>
 * The contact is opened from the vault at the moment of sending and forgotten right
 * after; nothing but event ids, submission ids and times is stored for pings. Log lines
 * name the pseudonym only.
 */
@Service
public class Pings {

	static final Set<CaseChange> PINGED = EnumSet.of(CaseChange.STATUS_CHANGED, CaseChange.PUBLIC_MESSAGE,
			CaseChange.EXTENDED, CaseChange.REOPENED, CaseChange.IDENTITY_DISCLOSED);

	private static final Logger log = LoggerFactory.getLogger(Pings.class);

	private final IdentityVault vault;

	private final IdentitySealer sealer;

	private final PingLedger ledger;

	private final ObjectProvider<JavaMailSender> mail;

	private final SmsSender sms;

	private final PingProperties properties;

	private final MeterRegistry meters;

	public Pings(IdentityVault vault, IdentitySealer sealer, PingLedger ledger, ObjectProvider<JavaMailSender> mail,
			SmsSender sms, PingProperties properties, MeterRegistry meters) {
		this.vault = vault;
		this.sealer = sealer;
		this.ledger = ledger;
		this.mail = mail;
		this.sms = sms;
		this.properties = properties;
		this.meters = meters;
	}

	/**
	 * Handles one case change.
	 * @param eventId the event id
	 * @param caseId the case
	 * @param change what changed
	 */
	public void onCaseChange(String eventId, String caseId, CaseChange change) {
		if (!this.properties.enabled() || !PINGED.contains(change)) {
			return;
		}
		Optional<VaultEntry> entry = this.vault.find(caseId).filter((found) -> found.sealedIdentity() != null);
		if (entry.isEmpty() || !custody(entry.get()).pingable()) {
			return;
		}
		if (!this.ledger.firstSighting(eventId, caseId)) {
			return;
		}
		if (this.ledger.claim(caseId, this.properties.minInterval())) {
			send(entry.get());
		}
		else {
			this.ledger.defer(caseId);
			this.meters.counter("sujarit.anonymizer.pings", "outcome", "coalesced").increment();
		}
	}

	/**
	 * Sends the coalesced pings whose interval has passed.
	 */
	@Scheduled(fixedDelayString = "${sujarit.anonymizer.pings.sweep-interval:1m}",
			initialDelayString = "${sujarit.anonymizer.pings.sweep-interval:1m}")
	public void sendDue() {
		for (String submissionId : this.ledger.due(this.properties.minInterval())) {
			if (this.ledger.claim(submissionId, this.properties.minInterval())) {
				this.vault.find(submissionId)
					.filter((found) -> found.sealedIdentity() != null && custody(found).pingable())
					.ifPresent(this::send);
			}
		}
	}

	private void send(VaultEntry entry) {
		Reporter contact = custody(entry).reporter();
		try {
			boolean sent = false;
			if (present(contact.email())) {
				JavaMailSender sender = this.mail.getIfAvailable();
				if (sender != null) {
					sender.send((MimeMessage mime) -> {
						MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
						helper.setFrom(this.properties.from());
						helper.setTo(contact.email().strip());
						helper.setSubject(PingMessage.SUBJECT);
						helper.setText(PingMessage.body(this.properties.followUpUrl()));
					});
					sent = true;
				}
			}
			if (present(contact.phone())) {
				this.sms.send(contact.phone().strip(), PingMessage.SMS);
				sent = true;
			}
			this.meters.counter("sujarit.anonymizer.pings", "outcome", sent ? "sent" : "no-channel").increment();
			log.info("Update ping for {} {}", entry.pseudonym(), sent ? "sent" : "had no channel to go by");
		}
		catch (RuntimeException ex) {
			// the exception may name the address: log its type only
			this.ledger.release(entry.submissionId());
			this.meters.counter("sujarit.anonymizer.pings", "outcome", "failed").increment();
			log.warn("Update ping for {} failed ({}); it will be tried again", entry.pseudonym(),
					ex.getClass().getName());
		}
	}

	private Custody custody(VaultEntry entry) {
		return this.sealer.open(entry.submissionId(), entry.sealedIdentity());
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
