package org.sujarit.anonymizer.vault;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

/**
 * Makes the aliases staff see instead of a reporter, such as {@code Quiet Heron 27}.
 * <p>
 * An alias is drawn at random, never derived from the identity: a hash of the name would
 * let anyone who guesses the name confirm it. It is random enough to tell reports apart
 * in a queue, not to be unique; the submission id is what identifies a report. The words
 * are plain English a Thai officer reads and says easily, and none is an insult in either
 * language (no buffalo, monitor lizard, dog, and no political colours).
 */
@Component
public class Pseudonyms {

	static final List<String> ADJECTIVES = List.of("Quiet", "Calm", "Bright", "Gentle", "Swift", "Brave", "Clever",
			"Kind", "Patient", "Steady", "Honest", "Careful", "Cheerful", "Clear", "Cool", "Early", "Fresh", "Friendly",
			"Graceful", "Happy", "Hidden", "Humble", "Lively", "Lucky", "Mellow", "Misty", "Morning", "Noble", "Open",
			"Peaceful", "Polite", "Quick", "Rainy", "Silent", "Silver", "Golden", "Simple", "Sincere", "Smooth", "Soft",
			"Sunny", "Tall", "Tidy", "True", "Warm", "Wise", "Bold", "Faithful", "Loyal", "Merry", "Nimble", "Starry",
			"Windy", "Modest", "Keen", "Jolly", "Shining", "Serene", "Evening", "Grand");

	static final List<String> NOUNS = List.of("Heron", "Kingfisher", "Hornbill", "Peacock", "Swan", "Egret", "Sparrow",
			"Dove", "Owl", "Deer", "Rabbit", "Dolphin", "Elephant", "Butterfly", "Dragonfly", "Firefly", "Lotus",
			"Orchid", "Jasmine", "Teak", "Bamboo", "Banyan", "Mango", "Coconut", "Tamarind", "Rambutan", "Lychee",
			"Pomelo", "Mangosteen", "Jackfruit", "River", "Mountain", "Island", "Meadow", "Valley", "Lagoon", "Harbor",
			"Lantern", "Comet", "Star", "Cloud", "Breeze", "Monsoon", "Horizon", "Pebble", "Willow", "Fern", "Reed",
			"Sail", "Anchor", "Compass", "Kite", "Bell", "Garden", "Orchard", "Crane", "Finch", "Robin", "Pelican",
			"Coral", "Pearl", "Seashell");

	private final Random random = new SecureRandom();

	/**
	 * Draws a new alias: an adjective, a noun and a number from 10 to 99.
	 * @return the alias
	 */
	public String next() {
		String adjective = ADJECTIVES.get(this.random.nextInt(ADJECTIVES.size()));
		String noun = NOUNS.get(this.random.nextInt(NOUNS.size()));
		int number = 10 + this.random.nextInt(90);
		return adjective + " " + noun + " " + number;
	}

}
