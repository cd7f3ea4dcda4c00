package org.sujarit.intake.followup;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.Topics;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EvidencePolicyTests {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0 };

	private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4, 0, 0 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	@Test
	void photosPdfsAndOfficeDocumentsAreTaken() {
		assertThat(EvidencePolicy.typeOf("image/jpeg", "x.jpg", JPEG)).contains("image/jpeg");
		assertThat(EvidencePolicy.typeOf("image/jpg", null, JPEG)).contains("image/jpeg");
		assertThat(EvidencePolicy.typeOf("application/pdf; charset=binary", "a.pdf", PDF)).contains("application/pdf");
		assertThat(EvidencePolicy.typeOf("application/msword", "a.doc", OLE)).contains("application/msword");
		assertThat(EvidencePolicy.typeOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "a.xlsx",
				ZIP))
			.isPresent();
	}

	@Test
	void anUnhelpfulDeclaredTypeFallsBackToTheExtension() {
		assertThat(EvidencePolicy.typeOf("application/octet-stream", "scan.PDF", PDF)).contains("application/pdf");
		assertThat(EvidencePolicy.typeOf(null, "report.docx", ZIP))
			.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void otherTypesAndMismatchedContentAreRefused() {
		assertThat(EvidencePolicy.typeOf("application/x-msdownload", "photo.jpg", JPEG)).isEmpty();
		assertThat(EvidencePolicy.typeOf("text/html", "a.html", PDF)).isEmpty();
		assertThat(EvidencePolicy.typeOf("application/octet-stream", "run.exe", PDF)).isEmpty();
		assertThat(EvidencePolicy.typeOf("image/jpeg", "photo.jpg", "MZ\0\0".getBytes(StandardCharsets.US_ASCII)))
			.isEmpty();
		assertThat(EvidencePolicy.typeOf("application/pdf", "a.pdf", new byte[0])).isEmpty();
	}

	@Test
	void fileNamesLoseTheirFolders() {
		assertThat(EvidencePolicy.fileName("C:\\Users\\somchai\\Desktop\\receipt.jpg")).isEqualTo("receipt.jpg");
		assertThat(EvidencePolicy.fileName("/home/somchai/a.pdf")).isEqualTo("a.pdf");
		assertThat(EvidencePolicy.fileName(" ")).isNull();
		assertThat(EvidencePolicy.fileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

	@Test
	void theLargestFileMustFitASealedTopicMessage() {
		assertThat(new EvidencePolicy(DataSize.ofMegabytes(8)).maxFileBytes()).isEqualTo(8L * 1024 * 1024);
		assertThat(EvidencePolicy.sealedMessageBytes(DataSize.ofMegabytes(8).toBytes()))
			.isLessThan(Topics.LARGE_MESSAGE_BYTES - EvidencePolicy.MESSAGE_MARGIN_BYTES);

		// base64 inside the sealed JSON, base64 again around the ciphertext
		assertThatIllegalStateException().isThrownBy(() -> new EvidencePolicy(DataSize.ofMegabytes(10)))
			.withMessageContaining("max-file-size");
		assertThatIllegalStateException().isThrownBy(() -> new EvidencePolicy(DataSize.ofMegabytes(9)));
	}

}
