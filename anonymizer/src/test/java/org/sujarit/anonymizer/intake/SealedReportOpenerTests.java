package org.sujarit.anonymizer.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import com.google.crypto.tink.HybridEncrypt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.EventType;
import org.sujarit.platform.events.ReceivedEvent;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.SealedReport;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.events.WhistleblowerReportSealed;
import org.sujarit.platform.runtime.keys.Keysets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SealedReportOpenerTests {

	private static final Instant RECEIVED = Instant.parse("2026-11-02T03:15:00Z");

	@TempDir
	static Path keys;

	private static HybridEncrypt sealer;

	private static SealedReportOpener opener;

	private static final EventCodec codec = new EventCodec("/sujarit/test");

	@BeforeAll
	static void makeKeys() {
		Keysets.ensureDevelopmentKeysets(keys);
		sealer = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC));
		opener = new SealedReportOpener(Keysets.opener(keys.resolve(Keysets.SEALING_PRIVATE)), codec);
	}

	@Test
	void opensAReportSealedForItsSubmission() throws GeneralSecurityException {
		SealedReport report = report("wb-1");
		assertThat(opener.open(event("evt-1", "wb-1", seal(report, "wb-1")))).isEqualTo(report);
	}

	@Test
	void refusesACiphertextThatDoesNotOpen() {
		String garbage = Base64.getEncoder().encodeToString("not a ciphertext at all".getBytes(StandardCharsets.UTF_8));
		assertUnreadable(event("evt-2", "wb-2", garbage));
	}

	@Test
	void refusesACiphertextThatIsNotBase64() {
		assertUnreadable(event("evt-3", "wb-3", "%%%"));
	}

	@Test
	void refusesACiphertextMovedUnderAnotherSubmission() throws GeneralSecurityException {
		assertUnreadable(event("evt-4", "wb-other", seal(report("wb-4"), "wb-4")));
	}

	@Test
	void refusesAReportThatNamesAnotherSubmission() throws GeneralSecurityException {
		// sealed with the right context, but the plaintext claims another submission
		assertUnreadable(event("evt-5", "wb-5", seal(report("wb-someone-else"), "wb-5")));
	}

	private static void assertUnreadable(ReceivedEvent<WhistleblowerReportSealed> event) {
		assertThatExceptionOfType(UnreadableEventException.class).isThrownBy(() -> opener.open(event))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains(event.id())
					.doesNotContain(event.data().submissionId())
					.doesNotContain("wb-someone-else")
					.doesNotContain("สมหญิง")
					.doesNotContain("0619161461")
					.doesNotContain("พิชิต");
				assertThat(ex).hasNoCause();
			});
	}

	private static SealedReport report(String submissionId) {
		return new SealedReport(submissionId, Category.BRIBERY,
				"ดิฉัน นางสมหญิง วงศ์สวัสดิ์ โทร 0619161461 ขอร้องเรียนว่า นายพิชิต รุ่งเรือง เรียกรับเงิน 105,000 บาท",
				new Accused("นายพิชิต รุ่งเรือง", "เจ้าพนักงานพัสดุ", "กองคลัง"),
				new Reporter("สมหญิง", "วงศ์สวัสดิ์", null, "0619161461", null, null, null), RECEIVED,
				RECEIVED.plusSeconds(15 * 86400));
	}

	private static String seal(SealedReport report, String context) throws GeneralSecurityException {
		byte[] ciphertext = sealer.encrypt(codec.toJson(report), context.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(ciphertext);
	}

	private static ReceivedEvent<WhistleblowerReportSealed> event(String eventId, String submissionId,
			String ciphertext) {
		return new ReceivedEvent<>(eventId, EventType.WHISTLEBLOWER_REPORT_SEALED.type(), "/sujarit/complaint-intake",
				submissionId, RECEIVED, new WhistleblowerReportSealed(submissionId, ciphertext));
	}

}
