package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

/**
 * Removes the metadata of a JPEG without re-encoding it, so the picture stays exactly as
 * taken.
 * <p>
 * It copies the segments that make the picture (quantisation and Huffman tables, frame
 * and scan headers, the compressed data, restart intervals) and the ones needed to show
 * its colours (JFIF, ICC profile, Adobe), and drops everything else: EXIF with its GPS
 * position, camera serial and thumbnail (APP1), XMP (APP1), IPTC and Photoshop data
 * (APP13), comments (COM), JFIF extension thumbnails, multi-picture data and every other
 * application segment, and anything after the end of the image (phones append depth maps
 * and second pictures with their own EXIF there). Commons Imaging's rewriters remove
 * EXIF, XMP and IPTC one at a time but leave comments, other segments and trailing data,
 * hence the segment walk; Commons Imaging still reads the orientation, which is put back
 * as the only EXIF field so the photo is not shown on its side.
 */
final class JpegScrubber {

	private static final int SOI = 0xD8;

	private static final int EOI = 0xD9;

	private static final int SOS = 0xDA;

	private static final int APP0 = 0xE0;

	private static final int APP2 = 0xE2;

	private static final int APP14 = 0xEE;

	private static final int APP15 = 0xEF;

	private static final int COM = 0xFE;

	private JpegScrubber() {
	}

	/**
	 * Scrubs a JPEG.
	 * @param jpeg the original
	 * @return the picture without metadata, with only its orientation as EXIF
	 * @throws EvidenceRejectedException when the content is not a readable JPEG
	 */
	static byte[] scrub(byte[] jpeg) {
		int orientation = orientation(jpeg);
		byte[] stripped = strip(jpeg);
		if (orientation <= 1 || orientation > 8) {
			return stripped;
		}
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			ByteArrayOutputStream out = new ByteArrayOutputStream(stripped.length + 64);
			new ExifRewriter().updateExifMetadataLossless(stripped, out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			// the orientation is a convenience; the scrubbed picture is what matters
			return stripped;
		}
	}

	private static int orientation(byte[] jpeg) {
		try {
			ImageMetadata metadata = Imaging.getMetadata(jpeg);
			if (metadata instanceof JpegImageMetadata jpegMetadata) {
				TiffField field = jpegMetadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
				return (field != null) ? field.getIntValue() : 1;
			}
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			// broken EXIF is removed anyway
			return 1;
		}
	}

	/**
	 * Copies the segments that make the picture. Lenient where viewers are (fill bytes, a
	 * missing end marker), strict where the structure is broken.
	 * @param in the JPEG
	 * @return the JPEG without metadata segments
	 */
	static byte[] strip(byte[] in) {
		int length = in.length;
		if (length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != SOI) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(length);
		out.write(0xFF);
		out.write(SOI);
		boolean scanned = false;
		int i = 2;
		while (true) {
			if (i >= length) {
				// a truncated file: close what is there, as viewers do
				if (!scanned) {
					throw new EvidenceRejectedException(Reason.DAMAGED);
				}
				out.write(0xFF);
				out.write(EOI);
				break;
			}
			if ((in[i] & 0xFF) != 0xFF) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			while (i < length && (in[i] & 0xFF) == 0xFF) {
				i++;
			}
			if (i >= length) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			int marker = in[i++] & 0xFF;
			if (marker == EOI) {
				if (!scanned) {
					throw new EvidenceRejectedException(Reason.DAMAGED);
				}
				// anything after the end of the image is dropped
				out.write(0xFF);
				out.write(EOI);
				break;
			}
			if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
				// restart and TEM markers stand alone
				out.write(0xFF);
				out.write(marker);
				continue;
			}
			if (marker == 0x00 || marker == SOI || i + 2 > length) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			int segmentLength = ((in[i] & 0xFF) << 8) | (in[i + 1] & 0xFF);
			if (segmentLength < 2 || i + segmentLength > length) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			if (keep(marker, in, i + 2, segmentLength - 2)) {
				out.write(0xFF);
				out.write(marker);
				out.write(in, i, segmentLength);
			}
			i += segmentLength;
			if (marker == SOS) {
				scanned = true;
				int start = i;
				i = endOfScan(in, i);
				out.write(in, start, i - start);
			}
		}
		return out.toByteArray();
	}

	/**
	 * Where the compressed data after a scan header ends: at the first marker that is not
	 * a stuffed zero byte or a restart marker.
	 */
	private static int endOfScan(byte[] in, int from) {
		int i = from;
		while (i < in.length) {
			if ((in[i] & 0xFF) == 0xFF && i + 1 < in.length) {
				int next = in[i + 1] & 0xFF;
				if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return i;
	}

	private static boolean keep(int marker, byte[] in, int offset, int length) {
		if (marker == APP0) {
			// JFIF only; JFXX and others carry thumbnails
			return startsWith(in, offset, length, "JFIF\0");
		}
		if (marker == APP2) {
			// the colour profile; multi-picture (MPF) and FlashPix data go
			return startsWith(in, offset, length, "ICC_PROFILE\0");
		}
		if (marker == APP14) {
			// Adobe: needed to decode CMYK and YCCK colours
			return startsWith(in, offset, length, "Adobe");
		}
		return !(marker >= APP0 && marker <= APP15) && marker != COM;
	}

	private static boolean startsWith(byte[] in, int offset, int length, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
		if (length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (in[offset + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
