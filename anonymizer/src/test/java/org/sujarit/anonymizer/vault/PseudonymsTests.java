package org.sujarit.anonymizer.vault;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTests {

	private final Pseudonyms pseudonyms = new Pseudonyms();

	@Test
	void aliasIsAnAdjectiveANounAndATwoDigitNumber() {
		String alias = this.pseudonyms.next();
		assertThat(alias).matches("[A-Z][a-z]+ [A-Z][a-z]+ [1-9][0-9]");
		String[] parts = alias.split(" ");
		assertThat(Pseudonyms.ADJECTIVES).contains(parts[0]);
		assertThat(Pseudonyms.NOUNS).contains(parts[1]);
	}

	@Test
	void aliasesAreDrawnAtRandom() {
		assertThat(this.pseudonyms.next()).isNotEqualTo(this.pseudonyms.next());
		Set<String> drawn = new HashSet<>();
		IntStream.range(0, 200).forEach((i) -> drawn.add(this.pseudonyms.next()));
		// 60 x 62 x 90 combinations: 200 draws all but never repeat
		assertThat(drawn).hasSizeGreaterThan(190);
	}

	@Test
	void wordListsAreLongAndWithoutRepeats() {
		for (List<String> words : List.of(Pseudonyms.ADJECTIVES, Pseudonyms.NOUNS)) {
			assertThat(words).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
			assertThat(words).allMatch((word) -> word.matches("[A-Z][a-z]+"));
		}
	}

}
