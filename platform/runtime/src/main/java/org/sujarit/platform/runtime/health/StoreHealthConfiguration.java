package org.sujarit.platform.runtime.health;

import org.bson.Document;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health by {@code ping}, which MongoDB and the embedded MongoDB-wire store both
 * answer. Boot's own check sends {@code hello}, which the embedded store does not know,
 * so every service would report itself down on the embedded default.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
		afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass({ MongoTemplate.class, HealthIndicator.class })
public class StoreHealthConfiguration {

	@Bean(name = "mongoHealthContributor")
	HealthIndicator mongoHealthContributor(MongoTemplate mongo) {
		return new AbstractHealthIndicator("MongoDB health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document answer = mongo.executeCommand(new Document("ping", 1));
				builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
			}
		};
	}

}
