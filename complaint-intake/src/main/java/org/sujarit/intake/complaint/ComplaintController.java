package org.sujarit.intake.complaint;

import java.net.URI;

import jakarta.validation.Valid;
import org.sujarit.intake.status.StatusDocuments;
import org.sujarit.intake.status.StatusView;
import org.sujarit.intake.status.StatusViews;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing a general complaint and following it by tracking code.
 */
@RestController
@RequestMapping("/api/v1/complaints")
public class ComplaintController {

	private final ComplaintIntake intake;

	private final StatusViews views;

	public ComplaintController(ComplaintIntake intake, StatusViews views) {
		this.intake = intake;
		this.views = views;
	}

	@PostMapping
	ResponseEntity<ComplaintAccepted> submit(@Valid @RequestBody ComplaintRequest request) {
		ComplaintAccepted accepted = this.intake.submit(request);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/complaints/" + accepted.trackingCode()))
			.body(accepted);
	}

	@GetMapping("/{trackingCode}")
	StatusView status(@PathVariable String trackingCode) {
		return TrackingCodes.normalise(trackingCode)
			.flatMap((code) -> this.views.find(StatusDocuments.COMPLAINTS, code))
			.orElseThrow(() -> ProblemException.notFound("A complaint with this tracking code",
					"เรื่องร้องเรียนตามรหัสติดตามนี้"));
	}

}
