package org.sujarit.cases.photo;

import java.util.List;

import org.sujarit.platform.events.ComplaintPhotoAttached;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Keeps the photos of general complaints. Returns only once the photos are stored, so the
 * offsets are committed after; a redelivered photo is stored once.
 */
@Component
class PhotoHandler implements EventHandler<ComplaintPhotoAttached> {

	private final CasePhotos photos;

	PhotoHandler(CasePhotos photos) {
		this.photos = photos;
	}

	@Override
	public EventType<ComplaintPhotoAttached> type() {
		return EventType.COMPLAINT_PHOTO_ATTACHED;
	}

	@Override
	public void check(ReceivedEvent<ComplaintPhotoAttached> event) {
		ComplaintPhotoAttached photo = event.data();
		require(event, photo.trackingCode() != null && !photo.trackingCode().isBlank(), "trackingCode");
		require(event, photo.photoId() != null && !photo.photoId().isBlank(), "photoId");
		require(event, photo.fileName() != null && !photo.fileName().isBlank(), "fileName");
		require(event, photo.sha256() != null, "sha256");
		require(event, photo.attachedAt() != null, "attachedAt");
		require(event, photo.contentBase64() != null, "contentBase64");
	}

	@Override
	public void handle(List<ReceivedEvent<ComplaintPhotoAttached>> events) {
		events.forEach((event) -> this.photos.store(event.data()));
	}

	// names the field only: the message goes to dead-letter headers and logs
	private static void require(ReceivedEvent<?> event, boolean present, String field) {
		if (!present) {
			throw new UnreadableEventException("Event " + event.id() + " has no " + field);
		}
	}

}
