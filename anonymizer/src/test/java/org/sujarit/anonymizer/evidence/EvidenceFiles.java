package org.sujarit.anonymizer.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Builds evidence files carrying the metadata a reporter's phone or office suite leaves
 * in them. Every piece of metadata contains {@link #OWNER} (or {@link #OWNER_TH}), so a
 * test can check no trace survives by searching for it.
 */
final class EvidenceFiles {

	static final String OWNER = "Somchai Jaidee";

	static final String OWNER_TH = "สมชาย ใจดี";

	static final double LONGITUDE = 100.523186;

	static final double LATITUDE = 13.736717;

	private EvidenceFiles() {
	}

	/** A plain JPEG without metadata beyond JFIF. */
	static byte[] plainJpeg() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.RED);
		g.fillRect(8, 8, 24, 16);
		g.dispose();
		return write(image, "jpg");
	}

	/**
	 * A phone photo: EXIF with camera, owner, serial, date, orientation 6 and GPS; XMP;
	 * an IPTC block; a comment; and a second picture with its own EXIF after the end of
	 * the first, as phones append.
	 */
	static byte[] phonePhoto() {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			TiffOutputDirectory root = exif.getOrCreateRootDirectory();
			root.add(TiffTagConstants.TIFF_TAG_MAKE, "Phone of " + OWNER);
			root.add(TiffTagConstants.TIFF_TAG_ARTIST, OWNER);
			root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
			TiffOutputDirectory exifDirectory = exif.getOrCreateExifDirectory();
			exifDirectory.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:03:12 10:30:00");
			exifDirectory.add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, OWNER);
			exifDirectory.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-" + OWNER);
			exif.setGpsInDegrees(LONGITUDE, LATITUDE);
			ByteArrayOutputStream withExif = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plainJpeg(), withExif, exif);
			ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
			new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
					"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
							+ "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + OWNER
							+ "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>");
			byte[] photo = insertSegment(withXmp.toByteArray(), 0xED,
					ascii("Photoshop 3.0\0" + "8BIM\u0004\u0004\0\0\0\0\0\u0012\u001c\u0002\u0050\0\u000e" + OWNER));
			photo = insertSegment(photo, 0xFE, ascii("taken by " + OWNER));
			photo = insertSegment(photo, 0xE2, ascii("MPF\0" + OWNER));
			return concat(photo, withExif.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG screenshot without extra chunks. */
	static byte[] plainPng() {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(5, 5, 20, 10);
		g.dispose();
		return write(image, "png");
	}

	/**
	 * A screenshot with text chunks (tEXt, iTXt, zTXt), EXIF (eXIf), time (tIME), a
	 * private chunk and data after IEND.
	 */
	static byte[] screenshot() {
		byte[] png = plainPng();
		int iend = png.length - 12;
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		chunk(chunks, "tEXt", ascii("Author\0" + OWNER));
		chunk(chunks, "iTXt", concat(ascii("Description\0\0\0th\0\0"), OWNER_TH.getBytes(StandardCharsets.UTF_8)));
		chunk(chunks, "zTXt", concat(ascii("Comment\0\0"), deflate(ascii("window of " + OWNER))));
		chunk(chunks, "tIME", new byte[] { 0x07, (byte) 0xE8, 3, 12, 10, 30, 0 });
		chunk(chunks, "eXIf", concat(ascii("MM\0*\0\0\0\u0008"), ascii(OWNER)));
		chunk(chunks, "prVt", ascii(OWNER));
		return concat(concat(slice(png, 0, iend), chunks.toByteArray()),
				concat(slice(png, iend, png.length), ascii("trailing " + OWNER)));
	}

	/** The chunk types of a PNG, in order. */
	static List<String> chunkTypes(byte[] png) {
		List<String> types = new ArrayList<>();
		int i = 8;
		while (i + 8 <= png.length) {
			int length = ByteBuffer.wrap(png, i, 4).getInt();
			types.add(new String(png, i + 4, 4, StandardCharsets.ISO_8859_1));
			i += length + 12;
		}
		return types;
	}

	/**
	 * A minimal Office package: content types, root relationships and the given parts.
	 */
	static byte[] zip(Map<String, String> textParts, Map<String, byte[]> binaryParts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> part : textParts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> part : binaryParts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The parts of a zip package, in order. */
	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(marker);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.write(payload, 0, payload.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	static boolean contains(byte[] haystack, String needle) {
		String text = new String(haystack, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
		String utf8 = new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		return text.contains(utf8.toLowerCase(java.util.Locale.ROOT));
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] result = new byte[to - from];
		System.arraycopy(bytes, from, result, 0, result.length);
		return result;
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = ascii(type);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		byte[] buffer = new byte[data.length + 64];
		int length = deflater.deflate(buffer);
		deflater.end();
		return slice(buffer, 0, length);
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
