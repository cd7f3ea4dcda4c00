package org.sujarit.platform.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a Spring Boot test context sees the shared infrastructure, with
 * {@code @SpringBootTest} declared before the kit's annotation.
 */
@SpringBootTest(classes = SpringBootPropertiesIntegrationTests.EmptyApplication.class)
@SujaritIntegrationTest
class SpringBootPropertiesIntegrationTests {

	@Autowired
	private Environment environment;

	@Test
	void connectionPropertiesComeFromTheInfrastructure(Infrastructure infrastructure) {
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(infrastructure.kafkaBootstrapServers());
		assertThat(this.environment.getProperty("spring.mongodb.uri")).isEqualTo(infrastructure.mongoUri());
	}

	@SpringBootConfiguration
	static class EmptyApplication {

	}

}
