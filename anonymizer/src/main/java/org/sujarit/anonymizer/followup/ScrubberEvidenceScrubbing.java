package org.sujarit.anonymizer.followup;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException;
import org.sujarit.anonymizer.evidence.EvidenceScrubber;
import org.sujarit.anonymizer.evidence.ScrubbedEvidence;

import org.springframework.stereotype.Component;

/**
 * The follow-up flow's evidence scrubbing, done by the {@link EvidenceScrubber}: the type
 * comes from the bytes, the metadata goes, and a file it will not take is refused with
 * the rule it broke ({@code content-type}, {@code no-macros}, {@code not-encrypted},
 * {@code readable}, {@code max-unpacked-size}, the latter with the limit, such as
 * {@code max-unpacked-size/elements}).
 */
@Component
public class ScrubberEvidenceScrubbing implements EvidenceScrubbing {

	private final EvidenceScrubber scrubber;

	public ScrubberEvidenceScrubbing(EvidenceScrubber scrubber) {
		this.scrubber = scrubber;
	}

	@Override
	public Result scrub(byte[] content, String declaredType) {
		try {
			// the reporter's file name is never handed on; the follow-up names the copy
			ScrubbedEvidence scrubbed = this.scrubber.scrub(null, declaredType, content, 1);
			return Result.scrubbed(scrubbed.content(), scrubbed.contentType(), scrubbed.type().extension());
		}
		catch (EvidenceRejectedException ex) {
			// which limit a file went over tells the operator what it was shaped like
			return Result.refused((ex.limit() != null) ? ex.reason().rule() + "/" + ex.limit() : ex.reason().rule());
		}
	}

}
