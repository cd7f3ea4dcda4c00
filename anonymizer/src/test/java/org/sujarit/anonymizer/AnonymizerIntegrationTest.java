package org.sujarit.anonymizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.TopicWriter;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every integration test of the anonymizer starts from: development keysets of its
 * own in a temporary folder, the test kit's broker and store, and a producer onto them.
 * Subclasses carry {@code @SujaritIntegrationTest} and their own {@code @SpringBootTest}
 * settings.
 */
public abstract class AnonymizerIntegrationTest {

	protected static final Path keys = developmentKeys();

	protected Infrastructure infrastructure;

	protected TopicWriter topics;

	@DynamicPropertySource
	static void keysets(DynamicPropertyRegistry registry) {
		String sealing = keys.resolve(Keysets.SEALING_PRIVATE).toString();
		String vault = keys.resolve(Keysets.VAULT).toString();
		registry.add("sujarit.anonymizer.sealing-keyset", () -> sealing);
		registry.add("sujarit.anonymizer.vault-keyset", () -> vault);
	}

	@BeforeEach
	void connect(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
		this.topics = TopicWriter.connect(infrastructure.kafkaBootstrapServers());
	}

	@AfterEach
	void disconnect() {
		this.topics.close();
	}

	private static Path developmentKeys() {
		try {
			Path folder = Files.createTempDirectory("sujarit-anonymizer-test-keys");
			// registered first, deleted last: after the keyset files in it
			folder.toFile().deleteOnExit();
			Keysets.ensureDevelopmentKeysets(folder);
			try (Stream<Path> files = Files.list(folder)) {
				files.forEach((file) -> file.toFile().deleteOnExit());
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
