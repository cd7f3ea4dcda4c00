package org.sujarit.intake.whistleblower;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.ReporterDisclosure;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAcceptedTests {

	@Test
	void theReceiptComesGroupedWholeAndInPiecesWithHowToKeepIt() {
		ReportAccepted accepted = ReportAccepted.of("12345678901234567890", Instant.EPOCH, Instant.EPOCH,
				new DisclosureChoice(ReporterDisclosure.ANONYMOUS, false));

		assertThat(accepted.receipt()).isEqualTo("1234 5678 9012 3456 7890");
		assertThat(accepted.receiptDigits()).isEqualTo("12345678901234567890");
		assertThat(accepted.receiptGroups()).containsExactly("1234", "5678", "9012", "3456", "7890");
		assertThat(accepted.keepReceipt().en()).contains("Write this receipt down", "print", "copy", "nobody");
		assertThat(accepted.keepReceipt().th()).contains("จด", "พิมพ์", "คัดลอก");
		assertThat(accepted.toString()).doesNotContain("1234");
	}

}
