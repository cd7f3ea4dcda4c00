package org.sujarit.intake.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.sujarit.intake.photo.PhotoRejectedException.Reason;
import org.sujarit.platform.events.Topics;

/**
 * Checks a complaint's photo and removes what it says about the person who took it.
 * <p>
 * A phone photo carries its GPS position, the time, the camera and often the owner's name
 * in EXIF, XMP or PNG text chunks. Rather than edit those out segment by segment, the
 * picture is decoded and encoded afresh with {@code javax.imageio} without any of the
 * original metadata: what comes out holds pixels only (a JFIF header for JPEG; IHDR,
 * palette and image data for PNG). The EXIF orientation is applied to the pixels first,
 * so the photo is not shown on its side once the tag is gone. Photos larger than
 * {@code maxSide} are scaled down.
 * <p>
 * The type is judged by the first bytes only (JPEG or PNG), never by what the browser
 * declared or the file name. Pictures of more than {@value #MAX_PIXELS} pixels are
 * refused before decoding (a small file can declare enormous dimensions), and large ones
 * are decoded subsampled, so memory stays bounded.
 */
public class PhotoCleaner {

	/** Largest picture decoded at all: twice a 100-megapixel phone sensor's output. */
	static final long MAX_PIXELS = 200_000_000L;

	/**
	 * Largest re-encoded photo: base64 in a CloudEvent (12 MiB), it must fit a
	 * large-topic message and, with the complaint's own event, the 16 MiB store document
	 * of its outbox, with room to spare. A photo of at most 5 MB and 2560 pixels comes
	 * out far smaller.
	 */
	static final int MAX_ENCODED_BYTES = Topics.LARGE_MESSAGE_BYTES / 16 * 9;

	private final long maxFileBytes;

	private final int maxSide;

	private final float jpegQuality;

	private final Semaphore decoding;

	public PhotoCleaner(PhotoProperties properties) {
		this.maxFileBytes = properties.maxFileSize().toBytes();
		this.maxSide = properties.maxSide();
		this.jpegQuality = properties.jpegQuality();
		this.decoding = new Semaphore(properties.maxConcurrent());
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	/**
	 * The type a file is, from its first bytes.
	 * @param content the file
	 * @return {@code image/jpeg}, {@code image/png}, or null for anything else
	 */
	public static String typeOf(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		return null;
	}

	/**
	 * Checks a photo and re-encodes it without metadata.
	 * @param content the file as sent
	 * @return the clean photo
	 * @throws PhotoRejectedException when it is too large, not a JPEG or PNG, or cannot
	 * be decoded
	 */
	public CleanPhoto clean(byte[] content) {
		if (content.length > this.maxFileBytes) {
			throw new PhotoRejectedException(Reason.MAX_SIZE);
		}
		String type = typeOf(content);
		if (type == null) {
			throw new PhotoRejectedException(Reason.FILE_TYPE);
		}
		boolean jpeg = type.equals("image/jpeg");
		try {
			this.decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PhotoRejectedException(Reason.UNREADABLE);
		}
		try {
			BufferedImage image = decode(content, jpeg ? "jpeg" : "png");
			if (jpeg) {
				image = orient(image, orientation(content));
			}
			image = fit(image, jpeg);
			byte[] encoded = jpeg ? encodeJpeg(image) : encodePng(image);
			if (encoded.length > MAX_ENCODED_BYTES) {
				throw new PhotoRejectedException(Reason.MAX_SIZE);
			}
			return new CleanPhoto(type, jpeg ? "jpg" : "png", encoded, image.getWidth(), image.getHeight(),
					sha256(encoded));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejectedException rejected) {
				throw rejected;
			}
			// ImageIO's messages never hold the picture, but the reason is all we need
			throw new PhotoRejectedException(Reason.UNREADABLE);
		}
		finally {
			this.decoding.release();
		}
	}

	private BufferedImage decode(byte[] content, String format) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IOException("No reader for " + format);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			// ignore metadata: it is not read, so it cannot come along
			reader.setInput(in, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
				throw new PhotoRejectedException(Reason.UNREADABLE);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			// subsample very large pictures while decoding; what is left is at most
			// twice the kept size, scaled down smoothly below
			int step = (int) Math.max(1, Math.max(width, height) / this.maxSide);
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			BufferedImage image = reader.read(0, param);
			if (image == null) {
				throw new IOException("Nothing decoded");
			}
			return image;
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The EXIF orientation of a JPEG.
	 * @param jpeg the file
	 * @return 1 to 8, 1 when there is none or it cannot be read
	 */
	static int orientation(byte[] jpeg) {
		try {
			ImageMetadata metadata = Imaging.getMetadata(jpeg);
			if (metadata instanceof JpegImageMetadata jpegMetadata) {
				TiffField field = jpegMetadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
				int value = (field != null) ? field.getIntValue() : 1;
				return (value >= 1 && value <= 8) ? value : 1;
			}
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			// broken EXIF is dropped anyway; the photo may just show turned
			return 1;
		}
	}

	/**
	 * Turns the pixels as the EXIF orientation says a viewer should show them.
	 * @param image the decoded picture
	 * @param orientation the EXIF orientation, 1 to 8
	 * @return the picture upright
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
			default -> {
				return image;
			}
		}
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, plainType(image, false));
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, t, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	private BufferedImage fit(BufferedImage image, boolean jpeg) {
		int w = image.getWidth();
		int h = image.getHeight();
		int longest = Math.max(w, h);
		boolean plain = !jpeg || image.getType() == BufferedImage.TYPE_3BYTE_BGR
				|| image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_BYTE_GRAY;
		if (longest <= this.maxSide && plain) {
			return image;
		}
		double scale = Math.min(1.0, (double) this.maxSide / longest);
		int width = Math.max(1, (int) Math.round(w * scale));
		int height = Math.max(1, (int) Math.round(h * scale));
		BufferedImage scaled = new BufferedImage(width, height, plainType(image, jpeg));
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static int plainType(BufferedImage image, boolean jpeg) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return BufferedImage.TYPE_BYTE_GRAY;
		}
		return (!jpeg && image.getColorModel().hasAlpha()) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
	}

	private byte[] encodeJpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(this.jpegQuality);
			// no metadata passed: the writer adds its own JFIF header and nothing else
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] encodePng(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
