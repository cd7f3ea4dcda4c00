package org.sujarit.intake.followup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.validation.Valid;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.intake.status.FollowUpView;
import org.sujarit.intake.whistleblower.ReceiptChecksLimited;
import org.sujarit.intake.whistleblower.WhistleblowerIntake;
import org.sujarit.platform.events.EvidenceFile;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Anonymous follow-up with the receipt alone. Every call is a POST with the receipt in
 * the body, so it never appears in a URL; every answer is {@code no-store}.
 */
@RestController
@RequestMapping("/api/v1/whistleblower/follow-up")
public class FollowUpController {

	/** Where evidence files are posted: the one path that takes bodies over 256 KB. */
	public static final String EVIDENCE_PATH = "/api/v1/whistleblower/follow-up/evidence";

	private final FollowUpIntake followUps;

	private final EvidencePolicy evidence;

	public FollowUpController(FollowUpIntake followUps, IntakeProperties properties) {
		this.followUps = followUps;
		this.evidence = new EvidencePolicy(properties.whistleblower().evidence().maxFileSize());
	}

	@PostMapping
	ResponseEntity<FollowUpView> view(@Valid @RequestBody FollowUpRequests.Lookup lookup) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.followUps.view(lookup.receipt()));
	}

	@PostMapping("/messages")
	ResponseEntity<FollowUpAccepted> message(@Valid @RequestBody FollowUpRequests.Message request) {
		return accepted(this.followUps.message(request.receipt(), request.message()));
	}

	@PostMapping("/identity")
	ResponseEntity<FollowUpAccepted> identity(@Valid @RequestBody FollowUpRequests.Identity request) {
		List<FieldError> errors = new ArrayList<>();
		Reporter reporter = request.reporter().checked("reporter", errors);
		if (reporter == null) {
			errors.add(new FieldError("reporter", "required", "must hold at least one field of your identity",
					"ต้องกรอกข้อมูลตัวตนอย่างน้อยหนึ่งช่อง"));
		}
		if (!errors.isEmpty()) {
			throw WhistleblowerIntake.invalid(errors);
		}
		return accepted(this.followUps.identity(request.receipt(), reporter));
	}

	@PostMapping("/pings")
	ResponseEntity<FollowUpAccepted> pings(@Valid @RequestBody FollowUpRequests.Pings request) {
		return accepted(this.followUps.pings(request.receipt(), request.enabled()));
	}

	@PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FollowUpAccepted> evidence(@RequestParam(name = "receipt", required = false) String receipt,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		List<FieldError> errors = new ArrayList<>();
		if (receipt == null || receipt.isBlank()) {
			errors.add(new FieldError("receipt", "required", "is required", "ต้องระบุ"));
		}
		if (file == null || file.isEmpty()) {
			errors.add(new FieldError("file", "required", "is required", "ต้องระบุ"));
		}
		else if (file.getSize() > this.evidence.maxFileBytes()) {
			throw tooLarge(this.evidence.maxFileBytes());
		}
		EvidenceFile sealed = null;
		if (errors.isEmpty()) {
			byte[] content = file.getBytes();
			String type = EvidencePolicy.typeOf(file.getContentType(), file.getOriginalFilename(), content)
				.orElse(null);
			if (type == null) {
				errors.add(new FieldError("file", "file-type",
						"must be a photo, PDF or office document: " + EvidencePolicy.ALLOWED,
						"ต้องเป็นรูปภาพ ไฟล์ PDF หรือเอกสารสำนักงาน: " + EvidencePolicy.ALLOWED));
			}
			else {
				sealed = new EvidenceFile(EvidencePolicy.fileName(file.getOriginalFilename()), type,
						Base64.getEncoder().encodeToString(content));
			}
		}
		if (!errors.isEmpty()) {
			throw WhistleblowerIntake.invalid(errors);
		}
		return accepted(this.followUps.evidence(receipt, sealed));
	}

	// here rather than in an advice: the platform's advice answers every exception first
	@ExceptionHandler(ReceiptChecksLimited.class)
	ResponseEntity<Object> limited(ReceiptChecksLimited ex) {
		return ex.toResponse();
	}

	private static ProblemException tooLarge(long limit) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "too-large",
				"The file is larger than the limit of " + limit + " bytes", "ไฟล์มีขนาดเกินกำหนด " + limit + " ไบต์",
				List.of(new FieldError("file", "max-size", "must be at most " + limit + " bytes",
						"ต้องมีขนาดไม่เกิน " + limit + " ไบต์")));
	}

	private static ResponseEntity<FollowUpAccepted> accepted(FollowUpAccepted accepted) {
		return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(accepted);
	}

}
