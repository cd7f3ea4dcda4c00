package org.sujarit.cases.recording;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake clerks record complaints received off line.
 */
@RestController
class RecordingController {

	private final ComplaintRecording recording;

	RecordingController(ComplaintRecording recording) {
		this.recording = recording;
	}

	@PostMapping("/api/v1/cases/recorded")
	@ResponseStatus(HttpStatus.CREATED)
	RecordedComplaint record(@RequestBody RecordRequest request, StaffUser staff) {
		return this.recording.record(staff, request);
	}

}
