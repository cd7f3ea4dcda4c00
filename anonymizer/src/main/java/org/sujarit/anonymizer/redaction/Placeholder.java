package org.sujarit.anonymizer.redaction;

/**
 * What the {@link Redactor} writes in place of a piece of the reporter's identity.
 * <p>
 * When two matches overlap, the longer one names the merged span; on a tie, the earlier
 * constant wins.
 */
public enum Placeholder {

	/**
	 * A 13-digit Thai national ID, the reporter's or anyone else's.
	 */
	NATIONAL_ID("[เลขบัตรประชาชน]"),

	/**
	 * The reporter's phone number.
	 */
	PHONE("[โทรศัพท์]"),

	/**
	 * The reporter's e-mail address.
	 */
	EMAIL("[อีเมล]"),

	/**
	 * The reporter's LINE ID.
	 */
	LINE_ID("[ไลน์ไอดี]"),

	/**
	 * The reporter's house address.
	 */
	ADDRESS("[ที่อยู่]"),

	/**
	 * The reporter's name, with any title in front of it.
	 */
	NAME("[ผู้แจ้ง]");

	private final String text;

	Placeholder(String text) {
		this.text = text;
	}

	/**
	 * The text written into the narrative.
	 * @return the placeholder text, such as {@code [ผู้แจ้ง]}
	 */
	public String text() {
		return this.text;
	}

}
