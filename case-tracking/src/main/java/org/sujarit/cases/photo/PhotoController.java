package org.sujarit.cases.photo;

import java.util.List;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The photos of a case, for whoever may read the case.
 */
@RestController
class PhotoController {

	private final CasePhotos photos;

	PhotoController(CasePhotos photos) {
		this.photos = photos;
	}

	@GetMapping("/api/v1/cases/{caseId}/photos")
	List<CasePhoto> list(@PathVariable String caseId, StaffUser staff) {
		return this.photos.list(staff, caseId);
	}

	@GetMapping("/api/v1/cases/{caseId}/photos/{photoId}")
	ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String photoId, StaffUser staff) {
		return this.photos.content(staff, caseId, photoId).attachment().download();
	}

}
