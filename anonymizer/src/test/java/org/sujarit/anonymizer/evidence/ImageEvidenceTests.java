package org.sujarit.anonymizer.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.OWNER;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.OWNER_TH;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.contains;

class ImageEvidenceTests {

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@Test
	void phonePhotoLosesExifGpsXmpIptcCommentsAndTrailingPicturesButKeepsItsPixelsAndOrientation() throws IOException {
		byte[] photo = EvidenceFiles.phonePhoto();
		// the fixture carries what a phone writes
		JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(photo);
		assertThat(before.getExif().getGpsInfo()).isNotNull();
		assertThat(before.getExif().getGpsInfo().getLatitudeAsDegreesNorth()).isCloseTo(EvidenceFiles.LATITUDE,
				org.assertj.core.data.Offset.offset(0.0001));
		assertThat(Imaging.getXmpXml(photo)).contains(OWNER);
		assertThat(contains(photo, OWNER)).isTrue();

		ScrubbedEvidence scrubbed = this.scrubber.scrub("IMG_" + OWNER + "_GPS.jpg", "image/jpeg", photo, 1);

		assertThat(scrubbed.type()).isEqualTo(EvidenceType.JPEG);
		assertThat(scrubbed.contentType()).isEqualTo("image/jpeg");
		assertThat(scrubbed.fileName()).isEqualTo("evidence-1.jpg");
		assertThat(scrubbed.declaredTypeMatched()).isTrue();
		byte[] content = scrubbed.content();
		assertThat(contains(content, OWNER)).isFalse();
		assertThat(contains(content, "Photoshop")).isFalse();
		assertThat(contains(content, "MPF")).isFalse();
		assertThat(contains(content, "http://ns.adobe.com/xap")).isFalse();
		assertThat(Imaging.getXmpXml(content)).isNull();
		JpegImageMetadata after = (JpegImageMetadata) Imaging.getMetadata(content);
		assertThat(after.getExif().getGpsInfo()).isNull();
		assertThat(after.getExif().getAllFields()).extracting(TiffField::getTag)
			.containsExactly(TiffTagConstants.TIFF_TAG_ORIENTATION.tag);
		assertThat(after.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(6);
		assertThat(after.getExifThumbnailData()).isNull();
		// not re-encoded: the same pixels
		assertSamePixels(decode(content), decode(EvidenceFiles.plainJpeg()));
	}

	@Test
	void jpegWithoutMetadataComesOutUnchanged() {
		byte[] plain = EvidenceFiles.plainJpeg();
		assertThat(this.scrubber.scrub("a.jpg", "image/jpeg", plain, 2).content()).isEqualTo(plain);
	}

	@Test
	void screenshotLosesTextTimeExifAndPrivateChunks() throws IOException {
		byte[] screenshot = EvidenceFiles.screenshot();
		assertThat(EvidenceFiles.chunkTypes(screenshot)).contains("tEXt", "iTXt", "zTXt", "tIME", "eXIf", "prVt");

		ScrubbedEvidence scrubbed = this.scrubber.scrub(OWNER_TH + ".png", "image/png", screenshot, 4);

		assertThat(scrubbed.type()).isEqualTo(EvidenceType.PNG);
		assertThat(scrubbed.fileName()).isEqualTo("evidence-4.png");
		assertThat(EvidenceFiles.chunkTypes(scrubbed.content()))
			.doesNotContain("tEXt", "iTXt", "zTXt", "tIME", "eXIf", "prVt")
			.startsWith("IHDR")
			.endsWith("IEND")
			.contains("IDAT");
		assertThat(contains(scrubbed.content(), OWNER)).isFalse();
		assertThat(contains(scrubbed.content(), OWNER_TH)).isFalse();
		assertSamePixels(decode(scrubbed.content()), decode(EvidenceFiles.plainPng()));
	}

	@Test
	void typeComesFromTheBytesNotTheNameOrDeclaredType() {
		ScrubbedEvidence scrubbed = this.scrubber.scrub("report.pdf", "application/pdf", EvidenceFiles.phonePhoto(), 3);
		assertThat(scrubbed.type()).isEqualTo(EvidenceType.JPEG);
		assertThat(scrubbed.fileName()).isEqualTo("evidence-3.jpg");
		assertThat(scrubbed.declaredTypeMatched()).isFalse();
		assertThat(scrubbed.toString()).doesNotContain(OWNER).contains("evidence-3.jpg");
	}

	@Test
	void truncatedOrBrokenJpegIsRefusedAsDamaged() {
		byte[] photo = EvidenceFiles.plainJpeg();
		byte[] header = java.util.Arrays.copyOf(photo, 40);
		assertRefused(header, Reason.DAMAGED);
		// the first segment claims to run past the end of the file
		byte[] broken = java.util.Arrays.copyOf(photo, photo.length);
		broken[4] = (byte) 0xFF;
		broken[5] = (byte) 0xF0;
		assertRefused(broken, Reason.DAMAGED);
	}

	@Test
	void truncatedScanIsClosedAsViewersDo() throws IOException {
		byte[] photo = EvidenceFiles.plainJpeg();
		byte[] truncated = java.util.Arrays.copyOf(photo, photo.length - 2);
		byte[] scrubbed = this.scrubber.scrub("a.jpg", null, truncated, 1).content();
		assertThat(decode(scrubbed).getWidth()).isEqualTo(64);
	}

	@Test
	void brokenPngIsRefusedAsDamaged() {
		byte[] png = EvidenceFiles.plainPng();
		assertRefused(java.util.Arrays.copyOf(png, 30), Reason.DAMAGED);
	}

	private void assertRefused(byte[] content, Reason reason) {
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub(OWNER + ".jpg", "image/jpeg", content, 1))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.getMessage()).doesNotContain(OWNER);
			});
	}

	static BufferedImage decode(byte[] image) throws IOException {
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
		assertThat(decoded).as("decodes").isNotNull();
		return decoded;
	}

	static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				assertThat(actual.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
			}
		}
	}

}
