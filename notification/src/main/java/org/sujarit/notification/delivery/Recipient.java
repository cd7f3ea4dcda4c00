package org.sujarit.notification.delivery;

/**
 * Where to tell a general complainant about their case.
 *
 * @param trackingCode the case's tracking code
 * @param email the address the complainant left, or null when they left none
 */
public record Recipient(String trackingCode, String email) {

	/**
	 * Whether the complainant can be told anything by e-mail.
	 * @return true when there is an address
	 */
	public boolean hasEmail() {
		return this.email != null;
	}

	@Override
	public String toString() {
		// the address is personal data: never let it reach a log by accident
		return "Recipient[trackingCode=" + this.trackingCode + ", email=" + (hasEmail() ? "(given)" : "(none)") + "]";
	}

}
