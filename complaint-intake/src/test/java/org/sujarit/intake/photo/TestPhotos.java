package org.sujarit.intake.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos as phones make them, built in memory for tests.
 */
public final class TestPhotos {

	/** Where the phone photo says it was taken (Bangkok). */
	public static final double LONGITUDE = 100.523186;

	public static final double LATITUDE = 13.736717;

	public static final String OWNER = "Somchai Jaidee";

	private TestPhotos() {
	}

	/**
	 * A plain picture: left half red, right half blue.
	 * @param width the width
	 * @param height the height
	 * @param format {@code jpg} or {@code png}
	 * @return the file
	 */
	public static byte[] picture(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A phone photo: EXIF with the GPS position, the owner's name, the camera's serial
	 * number and an orientation.
	 * @param width the stored width
	 * @param height the stored height
	 * @param orientation the EXIF orientation (6: to be turned 90° clockwise)
	 * @return the JPEG
	 */
	public static byte[] phoneJpeg(int width, int height, int orientation) {
		try {
			TiffOutputSet exif = new TiffOutputSet();
			exif.setGpsInDegrees(LONGITUDE, LATITUDE);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
			TiffOutputDirectory exifDirectory = exif.getOrCreateExifDirectory();
			exifDirectory.add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, OWNER);
			exifDirectory.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-0042");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(picture(width, height, "jpg"), out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PNG with a text chunk naming its author, as some apps write.
	 * @return the PNG
	 */
	public static byte[] pngWithText() {
		byte[] png = picture(40, 30, "png");
		// after the signature (8) and IHDR (4 + 4 + 13 + 4)
		int at = 8 + 25;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, at);
		chunk(out, "tEXt", ("Author\0" + OWNER).getBytes(StandardCharsets.ISO_8859_1));
		out.write(png, at, png.length - at);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(data.length >>> 24);
		out.write(data.length >>> 16);
		out.write(data.length >>> 8);
		out.write(data.length);
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		long value = crc.getValue();
		out.write((int) (value >>> 24));
		out.write((int) (value >>> 16));
		out.write((int) (value >>> 8));
		out.write((int) value);
	}

	/**
	 * Whether some bytes hold a text.
	 * @param haystack the bytes
	 * @param needle the text
	 * @return true when found
	 */
	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

}
