package org.sujarit.intake.photo;

/**
 * A photo intake does not take. The message names the rule only, never the content.
 */
public class PhotoRejectedException extends RuntimeException {

	/** Why a photo was refused, with the rule name used in field errors. */
	public enum Reason {

		/** Larger than the limit, as sent or once re-encoded. */
		MAX_SIZE("max-size"),

		/** Not a JPEG or PNG, judged by its first bytes. */
		FILE_TYPE("file-type"),

		/** Looks like a JPEG or PNG but cannot be decoded, or is absurdly large. */
		UNREADABLE("unreadable");

		private final String rule;

		Reason(String rule) {
			this.rule = rule;
		}

		public String rule() {
			return this.rule;
		}

	}

	private final Reason reason;

	public PhotoRejectedException(Reason reason) {
		super("Photo refused: " + reason.rule());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
