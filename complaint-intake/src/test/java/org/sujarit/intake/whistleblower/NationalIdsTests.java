package org.sujarit.intake.whistleblower;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NationalIdsTests {

	@Test
	void validIdsPass() {
		assertThat(NationalIds.normalise("1101700230708")).contains("1101700230708");
		assertThat(NationalIds.normalise("3101500123459")).contains("3101500123459");
	}

	@Test
	void thaiDigitsDashesAndSpacesAreAccepted() {
		assertThat(NationalIds.normalise("1-1017-00230-70-8")).contains("1101700230708");
		assertThat(NationalIds.normalise("1 1017 00230 70 8")).contains("1101700230708");
		assertThat(NationalIds.normalise("๑๑๐๑๗๐๐๒๓๐๗๐๘")).contains("1101700230708");
		assertThat(NationalIds.normalise("๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘")).contains("1101700230708");
	}

	@Test
	void wrongCheckDigitFails() {
		for (char last = '0'; last <= '9'; last++) {
			if (last != '8') {
				assertThat(NationalIds.normalise("110170023070" + last)).isEmpty();
			}
		}
	}

	@Test
	void checkDigitWrapsFromTenAndElevenToASingleDigit() {
		// sum mod 11 of 0 gives 11 - 0 = 11 -> 1; sum mod 11 of 1 gives 10 -> 0
		assertThat(NationalIds.checkDigitMatches("0000000000001")).isTrue();
		assertThat(NationalIds.checkDigitMatches("0000000000020")).as("sum 2*2=4 -> 7").isFalse();
		assertThat(NationalIds.checkDigitMatches("0000000000027")).isTrue();
		assertThat(NationalIds.checkDigitMatches("0000000000050")).as("sum 5*2=10 -> 1").isFalse();
		assertThat(NationalIds.checkDigitMatches("0000000000051")).isTrue();
		assertThat(NationalIds.checkDigitMatches("0000000000061")).as("sum 6*2=12, mod 11 = 1 -> 0").isFalse();
		assertThat(NationalIds.checkDigitMatches("0000000000060")).as("sum 6*2=12, mod 11 = 1 -> 0").isTrue();
	}

	@Test
	void wrongLengthsAndLettersFail() {
		assertThat(NationalIds.normalise("110170023070")).isEmpty();
		assertThat(NationalIds.normalise("11017002307080")).isEmpty();
		assertThat(NationalIds.normalise("110170023070A")).isEmpty();
		assertThat(NationalIds.normalise("")).isEmpty();
		assertThat(NationalIds.normalise(null)).isEmpty();
	}

}
