package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

/**
 * Removes the metadata of a PNG without re-encoding it.
 * <p>
 * A PNG is a list of chunks. Kept: those that make the picture and its colours (IHDR,
 * PLTE, IDAT, IEND, tRNS, gAMA, cHRM, sRGB, iCCP, cICP, mDCV, cLLI, sBIT, bKGD, hIST,
 * pHYs, sPLT) and animation (acTL, fcTL, fdAT). Everything else goes: text (tEXt, iTXt,
 * zTXt: author, software, comments, often a screenshot tool's user and window title),
 * EXIF (eXIf), time (tIME), and any private chunk, such as C2PA content credentials
 * (caBX) or a phone's own, which may name the device or its owner. Anything after IEND
 * goes as well.
 */
final class PngScrubber {

	static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
			"iCCP", "cICP", "mDCV", "cLLI", "sBIT", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

	private PngScrubber() {
	}

	/**
	 * Scrubs a PNG.
	 * @param png the original
	 * @return the picture without metadata chunks
	 * @throws EvidenceRejectedException when the content is not a readable PNG
	 */
	static byte[] scrub(byte[] png) {
		int length = png.length;
		if (length < SIGNATURE.length) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		for (int i = 0; i < SIGNATURE.length; i++) {
			if (png[i] != SIGNATURE[i]) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(length);
		out.write(png, 0, SIGNATURE.length);
		int i = SIGNATURE.length;
		boolean first = true;
		boolean image = false;
		while (true) {
			// length, type, data, CRC
			if (i + 12 > length) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			long dataLength = ((png[i] & 0xFFL) << 24) | ((png[i + 1] & 0xFF) << 16) | ((png[i + 2] & 0xFF) << 8)
					| (png[i + 3] & 0xFF);
			if (dataLength > length - i - 12) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			String type = new String(png, i + 4, 4, StandardCharsets.ISO_8859_1);
			if (!type.chars().allMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
					|| (first && !"IHDR".equals(type))) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			int chunkLength = (int) dataLength + 12;
			if (KEPT.contains(type)) {
				out.write(png, i, chunkLength);
			}
			image |= "IDAT".equals(type);
			first = false;
			i += chunkLength;
			if ("IEND".equals(type)) {
				break;
			}
		}
		if (!image) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		return out.toByteArray();
	}

}
