package org.sujarit.cases.photo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.access.CaseAccess.Operation;
import org.sujarit.cases.handling.CaseHandling;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The photos citizens attached to general complaints.
 * <p>
 * The pictures are kept in the GridFS bucket {@value #BUCKET} ({@code _id} = photo id),
 * and what staff list in {@value #INDEX} ({@code _id} = case id, {@code photos: [...]}),
 * so a case's photos are found by {@code _id}, never by scanning. A photo is stored
 * whether or not its case is open yet: it travels on its own topic and may arrive first.
 * Storing is idempotent: a redelivered photo finds its file and its list entry (the same
 * entry, so {@code $addToSet} adds nothing).
 * <p>
 * Who may see a photo follows the case, checked on every read with the same rules as the
 * case itself ({@link org.sujarit.cases.access.CaseAccess}, operation READ): an officer
 * of another unit, or anyone while the case is not open, gets 404. A general complaint
 * reclassified to corruption moves to the legal unit, and its photos with it: from then
 * on only the legal unit, supervisors and auditors see them.
 */
@Component
public class CasePhotos {

	private static final Logger log = LoggerFactory.getLogger(CasePhotos.class);

	/** The GridFS bucket of complaint photos, in the case-tracking database. */
	public static final String BUCKET = "photos";

	/** The list of each case's photos, by case id. */
	public static final String INDEX = "case_photos";

	static final String PHOTOS = "photos";

	private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

	private final MongoTemplate mongo;

	private final GridFSBucket bucket;

	private final CaseHandling handling;

	CasePhotos(MongoTemplate mongo, CaseHandling handling) {
		this.mongo = mongo;
		this.handling = handling;
		this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
	}

	/**
	 * Keeps a photo with its case, once however often it is delivered.
	 * @param photo the event's data
	 * @throws UnreadableEventException when the photo is not what the event says
	 */
	public void store(ComplaintPhotoAttached photo) {
		byte[] bytes = decode(photo);
		String photoId = photo.photoId();
		if (this.bucket.find(Filters.eq("_id", photoId)).first() == null) {
			try {
				upload(photo, bytes);
			}
			catch (MongoException ex) {
				// chunks of an upload a crash cut short clash with the new ones: remove
				// them and try once more (a scan on the embedded store, so only here)
				this.mongo.getCollection(BUCKET + ".chunks").deleteMany(Filters.eq("files_id", photoId));
				upload(photo, bytes);
			}
		}
		// the same entry on every delivery: $addToSet adds it once
		Document entry = new Document("id", photoId).append("fileName", photo.fileName())
			.append("contentType", photo.contentType())
			.append("size", (long) bytes.length)
			.append("sha256", photo.sha256())
			.append("attachedAt", Date.from(photo.attachedAt().truncatedTo(ChronoUnit.MILLIS)));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(photo.trackingCode())),
				new Update().addToSet(PHOTOS, entry), INDEX);
		log.info("Photo {} kept for case {} ({} bytes)", photoId, photo.trackingCode(), bytes.length);
	}

	private void upload(ComplaintPhotoAttached photo, byte[] bytes) {
		this.bucket.uploadFromStream(new BsonString(photo.photoId()), photo.fileName(), new ByteArrayInputStream(bytes),
				new GridFSUploadOptions()
					.metadata(new Document("caseId", photo.trackingCode()).append("contentType", photo.contentType())
						.append("sha256", photo.sha256())));
	}

	/**
	 * The photos of a case, for a staff member who may read the case.
	 * @param user the staff member
	 * @param caseId the case id
	 * @return the photos, in the order they arrived
	 * @throws ProblemException 404 when there is no such case or they may not see it
	 */
	public List<CasePhoto> list(StaffUser user, String caseId) {
		this.handling.checked(user, caseId, Operation.READ);
		return photosOf(caseId);
	}

	/**
	 * One photo of a case with its bytes, for a staff member who may read the case.
	 * @param user the staff member
	 * @param caseId the case id
	 * @param photoId the photo id
	 * @return the photo and its bytes
	 * @throws ProblemException 404 when there is no such case or photo, or they may not
	 * see the case
	 */
	public PhotoContent content(StaffUser user, String caseId, String photoId) {
		this.handling.checked(user, caseId, Operation.READ);
		CasePhoto photo = photosOf(caseId).stream()
			.filter((item) -> item.id().equals(photoId))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("The photo", "รูปภาพนี้"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) photo.size());
		this.bucket.downloadToStream(new BsonString(photoId), bytes);
		return new PhotoContent(photo, bytes.toByteArray());
	}

	private List<CasePhoto> photosOf(String caseId) {
		Document index = this.mongo.findById(caseId, Document.class, INDEX);
		if (index == null) {
			return List.of();
		}
		return index.getList(PHOTOS, Document.class, List.of())
			.stream()
			.map((entry) -> new CasePhoto(entry.getString("id"), entry.getString("fileName"),
					entry.getString("contentType"), ((Number) entry.get("size")).longValue(), entry.getString("sha256"),
					entry.getDate("attachedAt").toInstant()))
			.toList();
	}

	// names the rule only: the message goes to dead-letter headers and logs
	private static byte[] decode(ComplaintPhotoAttached photo) {
		if (photo.contentType() == null || !TYPES.contains(photo.contentType())) {
			throw new UnreadableEventException("Photo " + photo.photoId() + " has no allowed contentType");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(photo.contentBase64());
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableEventException("Photo " + photo.photoId() + " has no valid contentBase64");
		}
		if (bytes.length == 0 || !HexFormat.of().formatHex(sha256(bytes)).equalsIgnoreCase(photo.sha256())) {
			throw new UnreadableEventException("Photo " + photo.photoId() + " does not match its sha256");
		}
		return bytes;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
