package org.sujarit.intake.whistleblower;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceiptHasherTests {

	// cheap parameters: the rules under test do not depend on the cost
	private static final IntakeProperties.Argon2 CHEAP = new IntakeProperties.Argon2(256, 1, 1, 32, 2);

	private static final String RECEIPT = "12345678901234567890";

	@Test
	void sameReceiptAndPepperGiveTheSameHash() {
		String first = new ReceiptHasher(pepper(1), CHEAP).hash(RECEIPT);
		String second = new ReceiptHasher(pepper(1), CHEAP).hash(RECEIPT);
		assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}");
	}

	@Test
	void anotherPepperGivesAnotherHash() {
		assertThat(new ReceiptHasher(pepper(1), CHEAP).hash(RECEIPT))
			.isNotEqualTo(new ReceiptHasher(pepper(2), CHEAP).hash(RECEIPT));
	}

	@Test
	void anotherReceiptGivesAnotherHash() {
		ReceiptHasher hasher = new ReceiptHasher(pepper(1), CHEAP);
		assertThat(hasher.hash(RECEIPT)).isNotEqualTo(hasher.hash("12345678901234567891"));
	}

	@Test
	void hashDoesNotContainTheReceipt() {
		assertThat(new ReceiptHasher(pepper(1), CHEAP).hash(RECEIPT)).doesNotContain(RECEIPT.substring(0, 8));
	}

	@Test
	void typedFormsOfOneReceiptHashAlike() {
		ReceiptHasher hasher = new ReceiptHasher(pepper(1), CHEAP);
		assertThat(hasher.hash(Receipts.normalise("๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖ ๗๘๙๐"))).isEqualTo(hasher.hash(RECEIPT));
	}

	@Test
	void shortPeppersAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReceiptHasher(new byte[8], CHEAP));
	}

	private static byte[] pepper(int seed) {
		byte[] pepper = new byte[32];
		Arrays.fill(pepper, (byte) seed);
		return pepper;
	}

}
