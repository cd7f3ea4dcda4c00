package org.sujarit.anonymizer.evidence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvidenceRefusalTests {

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@ParameterizedTest
	@ValueSource(strings = { "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000", "MZ\u0090\u0000\u0003 windows program",
			"\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1 legacy .doc", "plain text that says it is a photo",
			"<html><body>hello</body></html>" })
	void otherKindsAreRefusedWhateverTheyClaimToBe(String content) {
		byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("Somchai-evidence.jpg", "image/jpeg", bytes, 1))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(ex.code()).isEqualTo("unsupported-evidence-type");
				assertThat(ex.messageTh()).isNotBlank();
				assertThat(ex.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("file");
					assertThat(error.rule()).isEqualTo("content-type");
				});
				// nothing of the file in what reaches logs and callers
				assertThat(ex.getMessage()).doesNotContain("Somchai", ".jpg");
			});
	}

	@Test
	void emptyFileIsRefused() {
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.jpg", "image/jpeg", new byte[0], 1))
			.extracting(EvidenceRejectedException::reason)
			.isEqualTo(Reason.DAMAGED);
	}

	@Test
	void refusalCanNameTheCallersFieldAndIsAProblem() {
		ProblemException problem = new EvidenceRejectedException(Reason.DAMAGED).forField("attachments[2]");
		assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(problem.errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("attachments[2]");
			assertThat(error.rule()).isEqualTo("readable");
		});
	}

	@Test
	void numbersStartAtOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.scrubber.scrub("a.jpg", "image/jpeg", EvidenceFiles.plainJpeg(), 0));
	}

}
