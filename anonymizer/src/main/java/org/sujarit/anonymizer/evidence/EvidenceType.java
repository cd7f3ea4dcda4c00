package org.sujarit.anonymizer.evidence;

/**
 * The kinds of evidence file the whistleblower channel accepts, each with a scrubber that
 * knows where that format keeps its metadata.
 */
public enum EvidenceType {

	/** A JPEG photo. */
	JPEG("image/jpeg", "jpg"),

	/** A PNG image, such as a screenshot. */
	PNG("image/png", "png"),

	/** A PDF document. */
	PDF("application/pdf", "pdf"),

	/** A Word document (Office Open XML, without macros). */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	/** An Excel workbook (Office Open XML, without macros). */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	/** A PowerPoint presentation (Office Open XML, without macros). */
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

	private final String contentType;

	private final String extension;

	EvidenceType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/**
	 * The media type the scrubbed file is stored and served as.
	 * @return the content type
	 */
	public String contentType() {
		return this.contentType;
	}

	/**
	 * The file name extension of the safe file name, without the dot.
	 * @return the extension
	 */
	public String extension() {
		return this.extension;
	}

}
