package org.sujarit.cases.photo;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.events.UnreadableEventException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the photos of general complaints. Returns only once the photo is stored, so the
 * offset is committed after it; a redelivered photo is stored once.
 */
@Component
class PhotoListener {

	private final EventCodec codec;

	private final CasePhotos photos;

	PhotoListener(EventCodec codec, CasePhotos photos) {
		this.codec = codec;
		this.photos = photos;
	}

	@KafkaListener(topics = Topics.COMPLAINT_PHOTOS)
	void photoAttached(ConsumerRecord<String, byte[]> record) {
		// a later type on this topic is skipped, not dead-lettered
		if (!this.codec.isOf(EventType.COMPLAINT_PHOTO_ATTACHED, record.value())) {
			return;
		}
		ReceivedEvent<ComplaintPhotoAttached> event = this.codec.decode(EventType.COMPLAINT_PHOTO_ATTACHED,
				record.value());
		ComplaintPhotoAttached photo = event.data();
		require(event, photo.trackingCode() != null && !photo.trackingCode().isBlank(), "trackingCode");
		require(event, photo.photoId() != null && !photo.photoId().isBlank(), "photoId");
		require(event, photo.fileName() != null && !photo.fileName().isBlank(), "fileName");
		require(event, photo.sha256() != null, "sha256");
		require(event, photo.attachedAt() != null, "attachedAt");
		require(event, photo.contentBase64() != null, "contentBase64");
		this.photos.store(photo);
	}

	// names the field only: the message goes to dead-letter headers and logs
	private static void require(ReceivedEvent<?> event, boolean present, String field) {
		if (!present) {
			throw new UnreadableEventException("Event " + event.id() + " has no " + field);
		}
	}

}
