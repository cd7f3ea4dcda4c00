package org.sujarit.platform.events;

/**
 * The identity a whistleblower typed into the report form. Every field is personal data
 * and may be null. It only ever travels sealed (inside {@link SealedReport}) and is kept
 * only in the anonymizer's vault.
 *
 * @param firstName given name
 * @param lastName family name
 * @param nationalId 13-digit Thai national ID
 * @param phone phone number
 * @param email e-mail address
 * @param lineId LINE ID
 * @param address house address
 */
public record Reporter(String firstName, String lastName, String nationalId, String phone, String email, String lineId,
		String address) {

	/**
	 * Whether the reporter left no identity at all.
	 * @return true when every field is blank
	 */
	public boolean isEmpty() {
		return blank(this.firstName) && blank(this.lastName) && blank(this.nationalId) && blank(this.phone)
				&& blank(this.email) && blank(this.lineId) && blank(this.address);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
