package org.sujarit.anonymizer.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes the copy of a whistleblower's evidence file that staff may see: the content as it
 * was, without the metadata that could name or locate the reporter (EXIF with GPS,
 * document authors, comments' authors, the file's own name). The original is the caller's
 * to seal in the vault for legal use.
 * <p>
 * What a file is comes from its bytes (Apache Tika's magic-byte rules), never from its
 * name or the content type the upload declared, which the reporter's device chose. JPEG,
 * PNG, PDF, docx, xlsx and pptx are accepted; everything else is refused with an
 * {@link EvidenceRejectedException} a web layer answers as 415 or 422. The size of the
 * upload is the caller's to limit; what the file may cost when opened (unpacked bytes,
 * parts, XML elements and depth, PDF objects and pages) is bounded by the
 * {@link EvidenceLimits}, and a file over any of them is refused. Stateless and
 * thread-safe.
 */
@Component
public class EvidenceScrubber {

	private final EvidenceLimits limits;

	private final OfficeScrubber office;

	/**
	 * A scrubber with the default {@link EvidenceLimits}.
	 */
	public EvidenceScrubber() {
		this(EvidenceLimits.defaults());
	}

	/**
	 * A scrubber with the given limits.
	 * @param limits what one file may cost
	 */
	@Autowired
	public EvidenceScrubber(EvidenceLimits limits) {
		this.limits = limits;
		this.office = new OfficeScrubber(limits);
	}

	private static final Map<String, EvidenceType> DETECTED = Map.of("image/jpeg", EvidenceType.JPEG, "image/png",
			EvidenceType.PNG, "application/pdf", EvidenceType.PDF);

	// what Tika calls zip packages without its parser modules; the package's own
	// [Content_Types].xml then says which Office document it is
	private static final Set<String> ZIP_PACKAGES = Set.of("application/zip", "application/x-tika-ooxml",
			EvidenceType.DOCX.contentType(), EvidenceType.XLSX.contentType(), EvidenceType.PPTX.contentType());

	/**
	 * Scrubs one evidence file.
	 * @param fileName the name the file had on the reporter's device; not used for
	 * anything and never returned, as it often holds a name or an account
	 * @param declaredContentType the content type the upload declared, may be null; only
	 * compared with what the bytes are
	 * @param content the file
	 * @param number the file's number among the report's evidence, for its new name
	 * ({@code evidence-<number>.<ext>})
	 * @return the scrubbed file
	 * @throws EvidenceRejectedException when the file is not an accepted kind or cannot
	 * be cleaned
	 */
	public ScrubbedEvidence scrub(String fileName, String declaredContentType, byte[] content, int number) {
		if (number < 1) {
			throw new IllegalArgumentException("Evidence numbers start at 1");
		}
		if (content == null || content.length == 0) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		String detected = detect(content);
		EvidenceType type = DETECTED.get(detected);
		byte[] scrubbed;
		if (type == EvidenceType.JPEG) {
			scrubbed = JpegScrubber.scrub(content);
		}
		else if (type == EvidenceType.PNG) {
			scrubbed = PngScrubber.scrub(content);
		}
		else if (type == EvidenceType.PDF) {
			scrubbed = PdfScrubber.scrub(content, this.limits);
		}
		else if (ZIP_PACKAGES.contains(detected)) {
			type = this.office.inspect(content);
			scrubbed = this.office.scrub(content);
		}
		else {
			throw new EvidenceRejectedException(Reason.UNSUPPORTED_TYPE);
		}
		return new ScrubbedEvidence("evidence-" + number + "." + type.extension(), type, scrubbed,
				matches(declaredContentType, type));
	}

	/**
	 * The media type of the content by Tika's magic-byte rules alone: no file name is
	 * given to it, so nothing the reporter's device chose counts. Tika loads its rules
	 * once, on first use.
	 */
	private static String detect(byte[] content) {
		try (TikaInputStream in = TikaInputStream.get(content)) {
			return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an in-memory file", ex);
		}
	}

	/**
	 * Whether a picture inside a document is a JPEG or PNG, by its first bytes.
	 * @param content the picture
	 * @return JPEG, PNG or null
	 */
	static EvidenceType sniffImage(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return EvidenceType.JPEG;
		}
		if (content.length >= PngScrubber.SIGNATURE.length) {
			for (int i = 0; i < PngScrubber.SIGNATURE.length; i++) {
				if (content[i] != PngScrubber.SIGNATURE[i]) {
					return null;
				}
			}
			return EvidenceType.PNG;
		}
		return null;
	}

	private static boolean matches(String declared, EvidenceType type) {
		if (declared == null) {
			return false;
		}
		String base = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return base.equals(type.contentType()) || (type == EvidenceType.JPEG && base.equals("image/jpg"));
	}

}
