package org.sujarit.anonymizer.evidence;

import java.util.List;

import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * An evidence file the scrubber will not store, for a reason the reporter can act on. It
 * is a {@link ProblemException}, so a web layer answers it as an RFC 9457 problem as it
 * is: 415 for a kind of file that is not accepted, 422 for an accepted kind whose content
 * cannot be cleaned. The messages never name the file or quote its content.
 */
public class EvidenceRejectedException extends ProblemException {

	/** The request field the problem names unless the caller says otherwise. */
	public static final String DEFAULT_FIELD = "file";

	private final Reason reason;

	private final String limit;

	/**
	 * Creates the refusal.
	 * @param reason why the file is refused
	 */
	public EvidenceRejectedException(Reason reason) {
		this(reason, DEFAULT_FIELD, null);
	}

	/**
	 * Creates the refusal of a file over one of the {@link EvidenceLimits}.
	 * @param reason why the file is refused
	 * @param limit which limit it went over, such as {@code elements} (for logs and
	 * metrics; never shown to the reporter)
	 */
	public EvidenceRejectedException(Reason reason, String limit) {
		this(reason, DEFAULT_FIELD, limit);
	}

	private EvidenceRejectedException(Reason reason, String field, String limit) {
		super(reason.status, reason.code, reason.message, reason.messageTh,
				List.of(new FieldError(field, reason.rule, reason.message, reason.messageTh)));
		this.reason = reason;
		this.limit = limit;
	}

	/**
	 * The same refusal naming another request field, such as {@code attachments[2]}.
	 * @param field the field's path in the request
	 * @return the refusal for that field
	 */
	public EvidenceRejectedException forField(String field) {
		return new EvidenceRejectedException(this.reason, field, this.limit);
	}

	/**
	 * Which of the {@link EvidenceLimits} the file went over.
	 * @return a short name such as {@code elements}, {@code depth}, {@code part-size};
	 * null when the refusal is not about a limit
	 */
	public String limit() {
		return this.limit;
	}

	/**
	 * Why the file was refused.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an evidence file is refused, with the status, problem code and field rule it
	 * maps to.
	 */
	public enum Reason {

		/** Not one of the {@link EvidenceType}s, whatever its name or declared type. */
		UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-evidence-type", "content-type",
				"This kind of file is not accepted: send a photo (JPEG or PNG), a PDF or a Word, Excel or PowerPoint "
						+ "document",
				"ไม่รับไฟล์ประเภทนี้ กรุณาส่งเป็นรูปภาพ (JPEG หรือ PNG) PDF หรือเอกสาร Word Excel PowerPoint"),

		/** An Office document with macros (docm, xlsm, pptm), which could run code. */
		MACROS(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-evidence-type", "no-macros",
				"Office documents with macros are not accepted: save it as .docx, .xlsx or .pptx, or as PDF",
				"ไม่รับเอกสาร Office ที่มีมาโคร กรุณาบันทึกเป็น .docx .xlsx .pptx หรือ PDF"),

		/** Protected by a password, so its content and metadata cannot be read. */
		ENCRYPTED(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-evidence", "not-encrypted",
				"The file is protected by a password: send it without the password",
				"ไฟล์ถูกตั้งรหัสผ่านไว้ กรุณาส่งไฟล์ที่ไม่มีรหัสผ่าน"),

		/** Claims to be an accepted kind but its content is broken or truncated. */
		DAMAGED(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-evidence", "readable",
				"The file is damaged or incomplete and cannot be read",
				"ไฟล์เสียหายหรือไม่สมบูรณ์ ไม่สามารถเปิดอ่านได้"),

		/**
		 * A document over one of the {@link EvidenceLimits}: it unpacks to far more than
		 * its size, as zip bombs do, or holds too many parts, elements, objects or pages.
		 */
		TOO_LARGE_UNPACKED(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-evidence", "max-unpacked-size",
				"The document unpacks to more than the allowed size", "เอกสารมีขนาดเมื่อแตกไฟล์เกินกว่าที่กำหนด");

		private final HttpStatus status;

		private final String code;

		private final String rule;

		private final String message;

		private final String messageTh;

		Reason(HttpStatus status, String code, String rule, String message, String messageTh) {
			this.status = status;
			this.code = code;
			this.rule = rule;
			this.message = message;
			this.messageTh = messageTh;
		}

		/**
		 * The HTTP status the refusal maps to.
		 * @return 415 or 422
		 */
		public HttpStatus status() {
			return this.status;
		}

		/**
		 * The field rule the refusal names.
		 * @return the rule, such as {@code content-type}
		 */
		public String rule() {
			return this.rule;
		}

	}

}
