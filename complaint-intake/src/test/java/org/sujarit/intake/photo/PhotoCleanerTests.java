package org.sujarit.intake.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.sujarit.intake.photo.PhotoRejectedException.Reason;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoCleanerTests {

	private final PhotoCleaner cleaner = new PhotoCleaner(PhotoProperties.DEFAULTS);

	@Test
	void aPhoneJpegLosesItsGpsPositionOwnerAndCameraAndIsTurnedUpright() throws Exception {
		byte[] phone = TestPhotos.phoneJpeg(80, 40, 6);
		// the test photo really carries what a phone writes
		JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(phone);
		assertThat(before.getExif().getGpsInfo()).isNotNull();
		assertThat(before.getExif().getGpsInfo().getLatitudeAsDegreesNorth()).isCloseTo(TestPhotos.LATITUDE,
				org.assertj.core.data.Offset.offset(0.0001));
		assertThat(TestPhotos.contains(phone, TestPhotos.OWNER)).isTrue();

		CleanPhoto clean = this.cleaner.clean(phone);

		assertThat(clean.contentType()).isEqualTo("image/jpeg");
		assertThat(clean.fileName(1)).isEqualTo("photo-1.jpg");
		ImageMetadata after = Imaging.getMetadata(clean.content());
		assertThat((after instanceof JpegImageMetadata jpeg) ? jpeg.getExif() : null).isNull();
		assertThat(TestPhotos.contains(clean.content(), "Exif")).isFalse();
		assertThat(TestPhotos.contains(clean.content(), TestPhotos.OWNER)).isFalse();
		assertThat(TestPhotos.contains(clean.content(), "PhoneMaker")).isFalse();
		assertThat(TestPhotos.contains(clean.content(), "SN-0042")).isFalse();
		// orientation 6: stored 80 wide, shown 40 wide and 80 high, red (the left) on top
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.content()));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getHeight()).isEqualTo(80);
		assertThat(clean.width()).isEqualTo(40);
		assertThat(new java.awt.Color(image.getRGB(20, 10)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(image.getRGB(20, 70)).getBlue()).isGreaterThan(200);
		assertThat(clean.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clean.content())));
	}

	@Test
	void aPngLosesItsTextChunksAndStaysPng() {
		byte[] png = TestPhotos.pngWithText();
		assertThat(TestPhotos.contains(png, TestPhotos.OWNER)).isTrue();
		CleanPhoto clean = this.cleaner.clean(png);
		assertThat(clean.contentType()).isEqualTo("image/png");
		assertThat(clean.fileName(1)).isEqualTo("photo-1.png");
		assertThat(TestPhotos.contains(clean.content(), "tEXt")).isFalse();
		assertThat(TestPhotos.contains(clean.content(), TestPhotos.OWNER)).isFalse();
		assertThat(clean.width()).isEqualTo(40);
		assertThat(clean.height()).isEqualTo(30);
	}

	@Test
	void aLargePhotoIsScaledDownToItsLongestSide() throws Exception {
		PhotoCleaner small = new PhotoCleaner(new PhotoProperties(DataSize.ofMegabytes(5), 400, 0.9f, 1));
		CleanPhoto clean = small.clean(TestPhotos.picture(1000, 500, "jpg"));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.content()));
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(200);
		// much larger: decoded subsampled, still the right size
		clean = small.clean(TestPhotos.picture(3000, 1000, "png"));
		assertThat(clean.width()).isEqualTo(400);
		assertThat(clean.height()).isEqualTo(133);
	}

	@Test
	void theTypeComesFromTheBytesNotTheName() {
		assertThat(PhotoCleaner.typeOf(TestPhotos.picture(4, 4, "jpg"))).isEqualTo("image/jpeg");
		assertThat(PhotoCleaner.typeOf(TestPhotos.picture(4, 4, "png"))).isEqualTo("image/png");
		assertThat(PhotoCleaner.typeOf(TestPhotos.picture(4, 4, "gif"))).isNull();
		assertThat(PhotoCleaner.typeOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThatThrownBy(() -> this.cleaner.clean(TestPhotos.picture(4, 4, "gif")))
			.isInstanceOf(PhotoRejectedException.class)
			.satisfies((ex) -> assertThat(((PhotoRejectedException) ex).reason()).isEqualTo(Reason.FILE_TYPE));
		assertThatThrownBy(() -> this.cleaner.clean("MZ this is a program".getBytes(StandardCharsets.US_ASCII)))
			.satisfies((ex) -> assertThat(((PhotoRejectedException) ex).reason()).isEqualTo(Reason.FILE_TYPE));
	}

	@Test
	void aFileThatOnlyStartsLikeAPhotoIsUnreadable() {
		byte[] fake = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 2000);
		assertThatThrownBy(() -> this.cleaner.clean(fake))
			.satisfies((ex) -> assertThat(((PhotoRejectedException) ex).reason()).isEqualTo(Reason.UNREADABLE));
		byte[] png = TestPhotos.picture(40, 30, "png");
		assertThatThrownBy(() -> this.cleaner.clean(Arrays.copyOf(png, 40)))
			.satisfies((ex) -> assertThat(((PhotoRejectedException) ex).reason()).isEqualTo(Reason.UNREADABLE));
	}

	@Test
	void aPhotoOverTheLimitIsRefusedBeforeDecoding() {
		PhotoCleaner tiny = new PhotoCleaner(new PhotoProperties(DataSize.ofBytes(100), 2560, 0.9f, 1));
		assertThatThrownBy(() -> tiny.clean(TestPhotos.picture(200, 200, "png")))
			.satisfies((ex) -> assertThat(((PhotoRejectedException) ex).reason()).isEqualTo(Reason.MAX_SIZE))
			.hasMessageNotContaining("PNG");
	}

}
