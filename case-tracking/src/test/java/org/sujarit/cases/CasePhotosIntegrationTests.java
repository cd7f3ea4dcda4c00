package org.sujarit.cases;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.sujarit.cases.photo.CasePhotos;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.ComplaintSubmitted;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.ConsumerGroups;
import org.sujarit.platform.testkit.SujaritIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Complaint photos from the topic to the staff API, on the real broker and store: kept
 * whether the case is open yet or not, once however often delivered, and shown only to
 * whoever may read the case, before and after it moves to the corruption track.
 */
@SujaritIntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=case-tracking")
class CasePhotosIntegrationTests extends CaseTrackingIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void sealingKeys(DynamicPropertyRegistry registry) throws IOException {
		// reclassification seals the complainant's contact for the anonymizer
		Path keys = StaffHttp.sealingKeys();
		registry.add("sujarit.cases.reclassification.sealing-keyset",
				() -> keys.resolve(Keysets.SEALING_PUBLIC).toString());
	}

	@Test
	void aPhotoThatArrivesBeforeItsCaseIsKeptOnceAndShownOnlyToTheUnitsOfficers() throws Exception {
		String code = "SJ-" + CaseFixtures.suffix();
		byte[] png = png(Color.ORANGE);
		ComplaintPhotoAttached photo = photo(code, png, "image/png", "photo-1.png");
		byte[] event = this.cases.codec()
			.encode(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + photo.photoId(), code, photo.attachedAt(), photo);
		this.cases.send(Topics.COMPLAINT_PHOTOS, code, event);
		awaitCaughtUp();
		// kept, though nobody sees it while there is no case
		assertThat(files(photo.photoId())).isEqualTo(1);
		assertThat(this.staff.get("supervisor", "/api/v1/cases/" + code + "/photos").status()).isEqualTo(404);

		open(code, Category.ROADS);
		String path = "/api/v1/cases/" + code + "/photos";
		JsonNode list = this.staff.get("officer", path).body();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asString()).isEqualTo(photo.photoId());
		assertThat(list.get(0).get("contentType").asString()).isEqualTo("image/png");
		assertThat(list.get(0).get("size").asLong()).isEqualTo(png.length);
		assertThat(Instant.parse(list.get(0).get("attachedAt").asString())).isEqualTo(photo.attachedAt());

		HttpResponse<byte[]> download = download("officer", path + "/" + photo.photoId());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"photo-1.png\"");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download("supervisor", path + "/" + photo.photoId()).statusCode()).isEqualTo(200);

		// an officer of another unit learns nothing, not even that the photo exists
		assertThat(this.staff.get("officer2", path).status()).isEqualTo(404);
		assertThat(download("officer2", path + "/" + photo.photoId()).statusCode()).isEqualTo(404);
		assertThat(download("officer", path + "/PH-0000000000000000").statusCode()).isEqualTo(404);
		assertThat(download("custodian", path + "/" + photo.photoId()).statusCode()).isEqualTo(404);

		// redelivered: still one file, one entry
		this.cases.send(Topics.COMPLAINT_PHOTOS, code, event);
		this.cases.send(Topics.COMPLAINT_PHOTOS, code, event);
		awaitCaughtUp();
		assertThat(files(photo.photoId())).isEqualTo(1);
		assertThat(this.staff.get("officer", path).body()).hasSize(1);
		assertThat(this.mongo.findById(code, Document.class, CasePhotos.INDEX).getList("photos", Document.class))
			.hasSize(1);
		assertThat(download("officer", path + "/" + photo.photoId()).body()).isEqualTo(png);
	}

	@Test
	void aPhotoWhoseBytesDoNotMatchItsHashIsNotKept() throws Exception {
		String code = "SJ-" + CaseFixtures.suffix();
		ComplaintPhotoAttached good = photo(code, png(Color.GREEN), "image/jpeg", "photo-1.jpg");
		ComplaintPhotoAttached tampered = new ComplaintPhotoAttached(code, good.photoId(), good.contentType(),
				good.fileName(), good.sizeBytes(), "0".repeat(64), good.attachedAt(), good.contentBase64());
		this.cases.send(Topics.COMPLAINT_PHOTOS, code, this.cases.codec()
			.encode(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + good.photoId(), code, good.attachedAt(), tampered));
		awaitCaughtUp();
		open(code, Category.ROADS);
		assertThat(files(good.photoId())).isZero();
		assertThat(this.staff.get("officer", "/api/v1/cases/" + code + "/photos").body()).isEmpty();
	}

	@Test
	void chunksOfAnUploadACrashCutShortDoNotBlockTheNextDelivery() throws Exception {
		String code = "SJ-" + CaseFixtures.suffix();
		open(code, Category.ROADS);
		String path = "/api/v1/cases/" + code + "/photos";
		// a first photo: the bucket has its unique chunk index from then on
		send(photo(code, png(Color.CYAN), "image/png", "photo-1.png"));
		await().atMost(CaseFixtures.PATIENCE)
			.untilAsserted(() -> assertThat(this.staff.get("officer", path).body()).hasSize(1));
		byte[] png = png(Color.PINK);
		ComplaintPhotoAttached photo = photo(code, png, "image/png", "photo-2.png");
		this.mongo.getCollection(CasePhotos.BUCKET + ".chunks")
			.insertOne(new Document("files_id", photo.photoId()).append("n", 0)
				.append("data", new Binary(new byte[] { 1, 2, 3 })));
		send(photo);
		await().atMost(CaseFixtures.PATIENCE)
			.untilAsserted(() -> assertThat(this.staff.get("officer", path).body()).hasSize(2));
		assertThat(download("officer", path + "/" + photo.photoId()).body()).isEqualTo(png);
	}

	@Test
	void aComplaintReclassifiedToCorruptionTakesItsPhotoToTheLegalUnit() throws Exception {
		String code = "SJ-" + CaseFixtures.suffix();
		open(code, Category.ROADS);
		byte[] png = png(Color.MAGENTA);
		ComplaintPhotoAttached photo = photo(code, png, "image/png", "photo-1.png");
		this.cases.send(Topics.COMPLAINT_PHOTOS, code, this.cases.codec()
			.encode(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + photo.photoId(), code, photo.attachedAt(), photo));
		String path = "/api/v1/cases/" + code + "/photos";
		await().atMost(CaseFixtures.PATIENCE)
			.untilAsserted(() -> assertThat(this.staff.get("officer", path).body()).hasSize(1));
		assertThat(this.staff.get("legal", path).status()).isEqualTo(404);

		assertThat(this.staff
			.post("officer", "/api/v1/cases/" + code + "/reclassify",
					Map.of("category", "BRIBERY", "reason", "The photo shows an official taking money"))
			.status()).isEqualTo(200);

		assertThat(this.staff.get("officer", path).status()).isEqualTo(404);
		assertThat(download("officer", path + "/" + photo.photoId()).statusCode()).isEqualTo(404);
		assertThat(this.staff.get("legal", path).body()).hasSize(1);
		assertThat(download("legal", path + "/" + photo.photoId()).body()).isEqualTo(png);
		assertThat(download("auditor", path + "/" + photo.photoId()).statusCode()).isEqualTo(200);
	}

	private void send(ComplaintPhotoAttached photo) throws Exception {
		this.cases.send(Topics.COMPLAINT_PHOTOS, photo.trackingCode(),
				this.cases.codec()
					.encode(EventType.COMPLAINT_PHOTO_ATTACHED, "photo-" + photo.photoId(), photo.trackingCode(),
							photo.attachedAt(), photo));
	}

	private void open(String code, Category category) throws Exception {
		Instant receivedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		ComplaintSubmitted complaint = new ComplaintSubmitted(code, category, Channel.WEB, "Hole " + code,
				"A deep hole " + code, null, null, receivedAt, receivedAt.plus(Duration.ofDays(15)));
		this.cases.send(Topics.COMPLAINTS, code, this.cases.codec()
			.encode(EventType.COMPLAINT_SUBMITTED, UUID.randomUUID().toString(), code, receivedAt, complaint));
		this.cases.awaitCase(code);
	}

	private static ComplaintPhotoAttached photo(String code, byte[] bytes, String type, String fileName)
			throws Exception {
		String id = "PH-" + (CaseFixtures.suffix() + CaseFixtures.suffix()).replaceAll("[ILOU]", "0");
		return new ComplaintPhotoAttached(code, id, type, fileName, bytes.length,
				HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
				Instant.now().truncatedTo(ChronoUnit.MILLIS), Base64.getEncoder().encodeToString(bytes));
	}

	private static byte[] png(Color color) throws IOException {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 16, 12);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private long files(String photoId) {
		return this.mongo.count(Query.query(Criteria.where("_id").is(photoId)), CasePhotos.BUCKET + ".files");
	}

	private void awaitCaughtUp() {
		await().atMost(CaseFixtures.PATIENCE)
			.until(() -> ConsumerGroups.caughtUp(this.infrastructure.kafkaBootstrapServers(), "case-tracking",
					List.of(Topics.COMPLAINT_PHOTOS)));
	}

	private HttpResponse<byte[]> download(String user, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", StaffHttp.authorization(user))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
