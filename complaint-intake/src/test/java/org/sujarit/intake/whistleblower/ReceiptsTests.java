package org.sujarit.intake.whistleblower;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTests {

	private final Receipts receipts = new Receipts();

	@Test
	void receiptsAreTwentyRandomDigits() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			String receipt = this.receipts.next();
			assertThat(receipt).matches("[0-9]{20}");
			seen.add(receipt);
		}
		assertThat(seen).hasSize(500);
	}

	@Test
	void receiptsAreShownInGroupsOfFour() {
		assertThat(Receipts.format("12345678901234567890")).isEqualTo("1234 5678 9012 3456 7890");
		assertThat(Receipts.format(this.receipts.next())).matches("[0-9]{4}( [0-9]{4}){4}");
	}

	@Test
	void typedReceiptsAreNormalised() {
		assertThat(Receipts.normalise("1234 5678 9012 3456 7890")).isEqualTo("12345678901234567890");
		assertThat(Receipts.normalise("1234-5678-9012-3456-7890")).isEqualTo("12345678901234567890");
		assertThat(Receipts.normalise("๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖ ๗๘๙๐")).isEqualTo("12345678901234567890");
		assertThat(Receipts.normalise(" 1234\t5678\u00a09012 3456 7890\n")).isEqualTo("12345678901234567890");
		assertThat(Receipts.normalise(null)).isEmpty();
	}

	@Test
	void onlyTwentyDigitsAreWellFormed() {
		assertThat(Receipts.isWellFormed("12345678901234567890")).isTrue();
		assertThat(Receipts.isWellFormed("1234567890123456789")).isFalse();
		assertThat(Receipts.isWellFormed("123456789012345678901")).isFalse();
		assertThat(Receipts.isWellFormed("1234567890123456789x")).isFalse();
		assertThat(Receipts.isWellFormed("")).isFalse();
	}

}
