package org.sujarit.intake.whistleblower;

import jakarta.validation.Valid;
import org.sujarit.intake.status.StatusView;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The protected whistleblower channel: filing a report and following it by receipt. The
 * status question is a POST so the receipt never appears in a URL, where browsers,
 * proxies and access logs would keep it.
 */
@RestController
@RequestMapping("/api/v1/whistleblower")
public class WhistleblowerController {

	private final WhistleblowerIntake intake;

	public WhistleblowerController(WhistleblowerIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/reports")
	ResponseEntity<ReportAccepted> report(@Valid @RequestBody WhistleblowerReportRequest request) {
		return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(this.intake.submit(request));
	}

	@PostMapping("/status")
	ResponseEntity<StatusView> status(@RequestBody ReceiptLookup lookup) {
		StatusView view = this.intake.status(lookup.receipt()).orElseThrow(WhistleblowerIntake::unknownReceipt);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
	}

	// here rather than in an advice: the platform's advice answers every exception first
	@ExceptionHandler(ReceiptChecksLimited.class)
	ResponseEntity<Object> limited(ReceiptChecksLimited ex) {
		return ex.toResponse();
	}

}
