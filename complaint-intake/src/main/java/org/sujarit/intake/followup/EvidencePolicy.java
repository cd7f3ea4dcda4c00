package org.sujarit.intake.followup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sujarit.platform.events.Topics;

import org.springframework.util.unit.DataSize;

/**
 * Which evidence files intake takes: photos, PDFs and office documents, up to a size that
 * still fits a sealed-topic message. Intake only checks and seals them; the anonymizer
 * removes their metadata. A file passes when what the browser declared (or, when it
 * declared nothing useful, its extension) names an allowed type and its first bytes look
 * like that type, so a renamed program is not taken as a photo.
 */
public class EvidencePolicy {

	/** What may be spent on the envelope, the record and the store document. */
	static final int MESSAGE_MARGIN_BYTES = 64 * 1024;

	private static final int FILE_NAME_MAX = 200;

	/** The sealed JSON around the file: ids, kind, time, name and type. */
	private static final int SEALED_JSON_OVERHEAD = 2 * 1024;

	/** Tink HPKE (X25519): key prefix, encapsulated key and tag. */
	private static final int HPKE_OVERHEAD = 64;

	/** The CloudEvent around the ciphertext. */
	private static final int ENVELOPE_OVERHEAD = 1024;

	private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	private static final String ODF = "application/vnd.oasis.opendocument.";

	private static final Map<String, String> TYPES_BY_EXTENSION = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
			Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
			Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"),
			Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
			Map.entry("xls", "application/vnd.ms-excel"), Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("docx", OOXML + "wordprocessingml.document"), Map.entry("xlsx", OOXML + "spreadsheetml.sheet"),
			Map.entry("pptx", OOXML + "presentationml.presentation"), Map.entry("odt", ODF + "text"),
			Map.entry("ods", ODF + "spreadsheet"), Map.entry("odp", ODF + "presentation"));

	/** The extensions taken, for error messages. */
	public static final String ALLOWED = "jpg, jpeg, png, gif, webp, heic, heif, pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp";

	private final long maxFileBytes;

	/**
	 * Creates the policy.
	 * @param maxFileSize the largest file taken
	 * @throws IllegalStateException when a file of that size would not fit a sealed-topic
	 * message once sealed
	 */
	public EvidencePolicy(DataSize maxFileSize) {
		this.maxFileBytes = maxFileSize.toBytes();
		long sealed = sealedMessageBytes(this.maxFileBytes);
		if (sealed > Topics.LARGE_MESSAGE_BYTES - MESSAGE_MARGIN_BYTES) {
			throw new IllegalStateException("sujarit.intake.whistleblower.evidence.max-file-size " + maxFileSize
					+ " is too large: sealed, such a file takes about " + sealed + " bytes, over the "
					+ Topics.LARGE_MESSAGE_BYTES + "-byte limit of a sealed-topic message and a store document");
		}
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	/**
	 * About how large the event of a sealed file is: the file base64 in the sealed JSON,
	 * its ciphertext base64 again in the event.
	 * @param fileBytes the file's size
	 * @return the event's size in bytes, an upper estimate
	 */
	static long sealedMessageBytes(long fileBytes) {
		long plaintext = base64(fileBytes) + SEALED_JSON_OVERHEAD;
		return base64(plaintext + HPKE_OVERHEAD) + ENVELOPE_OVERHEAD;
	}

	private static long base64(long bytes) {
		return 4 * ((bytes + 2) / 3);
	}

	/**
	 * The content type a file is taken as.
	 * @param declared the content type the browser declared, may be null
	 * @param fileName the file name, may be null
	 * @param content the file's bytes
	 * @return the type, empty when the file is not an allowed photo or document
	 */
	public static Optional<String> typeOf(String declared, String fileName, byte[] content) {
		String type = (declared != null) ? declared.toLowerCase(Locale.ROOT).split(";")[0].strip() : "";
		if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
			type = "image/jpeg";
		}
		if (!TYPES_BY_EXTENSION.containsValue(type)) {
			if (!type.isEmpty() && !type.equals("application/octet-stream")) {
				return Optional.empty();
			}
			type = TYPES_BY_EXTENSION.get(extension(fileName));
			if (type == null) {
				return Optional.empty();
			}
		}
		return looksLike(type, content) ? Optional.of(type) : Optional.empty();
	}

	/**
	 * The file name as sealed: without any folder part and not longer than 200
	 * characters.
	 * @param fileName the name the browser sent, may be null
	 * @return the name, null when none
	 */
	public static String fileName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return null;
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
		return (name.length() > FILE_NAME_MAX) ? name.substring(name.length() - FILE_NAME_MAX) : name;
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	private static boolean looksLike(String type, byte[] content) {
		if (type.startsWith(OOXML) || type.startsWith(ODF)) {
			return startsWith(content, 0, 'P', 'K', 3, 4);
		}
		return switch (type) {
			case "image/jpeg" -> startsWith(content, 0, 0xFF, 0xD8, 0xFF);
			case "image/png" -> startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			case "image/gif" -> startsWith(content, 0, 'G', 'I', 'F', '8');
			case "image/webp" ->
				startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P');
			case "image/heic", "image/heif" -> startsWith(content, 4, 'f', 't', 'y', 'p');
			case "application/pdf" -> startsWith(content, 0, '%', 'P', 'D', 'F', '-');
			case "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint" ->
				startsWith(content, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, int offset, int... magic) {
		if (content.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[offset + i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The types taken, for documentation.
	 * @return the content types
	 */
	static List<String> types() {
		return TYPES_BY_EXTENSION.values().stream().distinct().sorted().toList();
	}

}
