package org.sujarit.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.sujarit.notification.NotificationProperties;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends status messages over SMTP.
 */
@Component
public class StatusMailer {

	private final JavaMailSender mail;

	private final NotificationProperties properties;

	public StatusMailer(JavaMailSender mail, NotificationProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * Sends one message; returns once the SMTP server accepted it.
	 * @param to the complainant's address
	 * @param message the message
	 * @throws org.springframework.mail.MailException when it could not be sent; its
	 * message may quote the address, so callers must not log it
	 */
	public void send(String to, StatusMessage message) {
		this.mail.send((MimeMessage mime) -> fill(mime, to, message));
	}

	private void fill(MimeMessage mime, String to, StatusMessage message) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(this.properties.mail().from());
		helper.setTo(to);
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
	}

}
