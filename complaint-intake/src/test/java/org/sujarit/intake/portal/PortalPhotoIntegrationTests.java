package org.sujarit.intake.portal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.portal.PortalHttp.Page;
import org.sujarit.intake.photo.TestPhotos;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The complaint form with its optional photo, posted as a browser posts it
 * ({@code multipart/form-data}) over real HTTP against the real broker and store.
 */
class PortalPhotoIntegrationTests extends IntakeIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aComplaintWithAPhoneJpegPublishesThePhotoWithoutItsGpsPosition(Infrastructure infrastructure)
			throws Exception {
		String subject = "หลุมลึก " + UUID.randomUUID();
		byte[] phone = TestPhotos.phoneJpeg(64, 48, 1);
		Page filed = submit(fields("lang", "th", "category", "ROADS", "subject", subject, "description",
				"ถนนหน้าตลาดมีหลุมลึก", "location.address", "ซอย 5"), "IMG_20261122_Somchai.jpg", "image/jpeg", phone);
		assertThat(filed.status()).isEqualTo(302);
		String code = filed.header("Location").replaceAll(".*code=([^&]+).*", "$1");
		assertThat(code).matches("SJ-[0-9A-Z]{5}-[0-9A-Z]{5}");

		TopicRecord record = await().atMost(WAIT)
			.until(() -> TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_PHOTOS)
				.stream()
				.filter((r) -> code.equals(r.key()))
				.findFirst()
				.orElse(null), (r) -> r != null);
		ReceivedEvent<ComplaintPhotoAttached> event = this.codec.decode(EventType.COMPLAINT_PHOTO_ATTACHED,
				record.value());
		ComplaintPhotoAttached photo = event.data();
		assertThat(event.subject()).isEqualTo(code);
		assertThat(event.id()).isEqualTo("photo-" + photo.photoId());
		assertThat(photo.trackingCode()).isEqualTo(code);
		assertThat(photo.photoId()).matches("PH-[0-9A-HJKMNP-TV-Z]{16}");
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		// a neutral name: the citizen's own file name can hold their name
		assertThat(photo.fileName()).isEqualTo("photo-1.jpg");
		assertThat(record.contains("Somchai")).isFalse();
		byte[] content = Base64.getDecoder().decode(photo.contentBase64());
		assertThat(photo.sizeBytes()).isEqualTo(content.length);
		assertThat(photo.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		ImageMetadata metadata = Imaging.getMetadata(content);
		assertThat((metadata instanceof JpegImageMetadata jpeg) ? jpeg.getExif() : null).isNull();
		assertThat(TestPhotos.contains(content, TestPhotos.OWNER)).isFalse();
		assertThat(Imaging.getImageInfo(content).getWidth()).isEqualTo(64);

		// the complaint itself went out as before
		assertThat(TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS)
			.stream()
			.filter((r) -> code.equals(r.key()))
			.map((r) -> this.codec.decode(EventType.COMPLAINT_SUBMITTED, r.value()).data())
			.map(ComplaintSubmitted::subject)).containsExactly(subject);
		// and once sent, the photo leaves intake's store
		await().atMost(WAIT).untilAsserted(() -> {
			Document complaint = this.mongo.findById(code, Document.class, StatusDocuments.COMPLAINTS);
			assertThat(complaint.getList("outbox", Document.class)).isEmpty();
		});
		assertThat(page("/complaints/filed?code=" + code).status()).isEqualTo(200);
	}

	@Test
	void aPngIsTakenToo(Infrastructure infrastructure) {
		Page filed = submit(
				fields("lang", "en", "category", "WASTE", "subject", "Rubbish", "description", "Not collected"),
				"bin.png", "image/png", TestPhotos.pngWithText());
		assertThat(filed.status()).isEqualTo(302);
		String code = filed.header("Location").replaceAll(".*code=([^&]+).*", "$1");
		ComplaintPhotoAttached photo = await().atMost(WAIT)
			.until(() -> TopicReader.readAll(infrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_PHOTOS)
				.stream()
				.filter((r) -> code.equals(r.key()))
				.map((r) -> this.codec.decode(EventType.COMPLAINT_PHOTO_ATTACHED, r.value()).data())
				.findFirst()
				.orElse(null), (p) -> p != null);
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.fileName()).isEqualTo("photo-1.png");
		assertThat(TestPhotos.contains(Base64.getDecoder().decode(photo.contentBase64()), TestPhotos.OWNER)).isFalse();
	}

	@Test
	void aFileThatIsNotAPhotoIsAFieldErrorNextToThePhotoAndTheRestIsKept() {
		String subject = "ไฟส่องทางดับ " + UUID.randomUUID();
		Page page = submit(
				fields("lang", "th", "category", "STREET_LIGHTING", "subject", subject, "description", "ไฟดับทั้งซอย"),
				"photo.jpg", "image/jpeg", "%PDF-1.7 not a photo".getBytes(StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(400);
		String body = page.body();
		assertThat(body).contains("<p class=\"error-message\" id=\"photo-error\">")
			.contains("ส่งได้เฉพาะรูปภาพ JPEG หรือ PNG")
			.contains("<a href=\"#photo\">")
			.contains("value=\"" + subject + "\"")
			.contains(">ไฟดับทั้งซอย</textarea>")
			.contains("aria-describedby=\"photo-hint photo-error\"");
		// nothing was filed
		assertThat(body).doesNotContain("SJ-");

		Page english = submit(fields("lang", "en", "category", "ROADS", "subject", "Hole", "description", "Deep"),
				"big.png", "image/png", oversized());
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("id=\"photo-error\"")
			.contains("The photo is too large (at most 5 MB)")
			.contains("value=\"Hole\"");

		Page broken = submit(fields("lang", "en", "category", "ROADS", "subject", "Hole", "description", "Deep"),
				"broken.jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3 });
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.body()).contains("This photo cannot be opened");
	}

	@Test
	void aGoodPhotoWithOtherErrorsAsksForThePhotoAgainAndAnEmptyFileInputIsNoPhoto() {
		Page page = submit(fields("lang", "en", "category", "ROADS", "subject", "", "description", "Deep"), "a.png",
				"image/png", TestPhotos.picture(20, 20, "png"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"subject-error\"")
			.doesNotContain("id=\"photo-error\"")
			.contains("Please choose the photo again");
		// a browser sends an empty part with no file name when nothing was chosen
		Page filed = submit(fields("lang", "en", "category", "ROADS", "subject", "Hole", "description", "Deep"), "",
				"application/octet-stream", new byte[0]);
		assertThat(filed.status()).isEqualTo(302);
	}

	@Test
	void theFormIsMultipartWithAnOptionalPhotoField() {
		String body = page("/complaints/new").body();
		assertThat(body).contains("enctype=\"multipart/form-data\"")
			.contains("<input type=\"file\" id=\"photo\" name=\"photo\" accept=\"image/jpeg,image/png\"")
			.contains("รูปภาพประกอบ")
			.contains("พิกัด GPS");
		assertThat(page("/complaints/new?lang=en").body()).contains("Photo").contains("GPS position");
	}

	private static byte[] oversized() {
		byte[] png = TestPhotos.picture(8, 8, "png");
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(png, 0, big, 0, png.length);
		return big;
	}

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private Page submit(Map<String, String> fields, String fileName, String fileType, byte[] file) {
		String boundary = "----sujarit" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/complaints/new"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private Page page(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private URI uri(String path) {
		return new PortalHttp(this.port).uri(path);
	}

	private Page send(HttpRequest request) {
		return new PortalHttp(this.port).send(request);
	}

}
