package org.sujarit.signin;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Staff sign-in for the embedded default: a real OpenID Connect provider (Spring
 * Authorization Server) with configured demo users, whose access tokens the staff APIs
 * accept. Production uses the municipality's provider (Keycloak in docker-compose).
 * <p>
 * It needs neither Kafka nor MongoDB. In the dev stack it shares a classpath with the
 * services, so it leaves out the platform's event and store configuration by name.
 */
@SpringBootApplication(excludeName = { "org.sujarit.platform.runtime.PlatformAutoConfiguration",
		"org.sujarit.platform.runtime.health.StoreHealthConfiguration",
		"org.sujarit.platform.runtime.staff.StaffAccessAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration" })
@ConfigurationPropertiesScan
public class StaffSignInApplication {

	/**
	 * The application with its own configuration name, so it can share a JVM with the
	 * other services.
	 * @return the builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(StaffSignInApplication.class)
			.properties("spring.config.name=staff-sign-in");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
