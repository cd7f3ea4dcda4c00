package org.sujarit.cases;

import org.junit.jupiter.api.BeforeEach;
import org.sujarit.platform.testkit.Infrastructure;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the HTTP integration tests of case-tracking start from: the running service on a
 * random port taking the test kit's staff tokens, a signed-in client for each demo role
 * ({@link StaffHttp}), and the fixtures that open cases through the broker
 * ({@link CaseFixtures}). Subclasses carry {@code @SujaritIntegrationTest} and their
 * {@code @SpringBootTest} settings.
 */
abstract class CaseTrackingIntegrationTest {

	@LocalServerPort
	private int port;

	protected StaffHttp staff;

	protected CaseFixtures cases;

	protected Infrastructure infrastructure;

	@DynamicPropertySource
	static void staffTokens(DynamicPropertyRegistry registry) {
		StaffHttp.register(registry);
	}

	@BeforeEach
	void connect(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
		this.staff = new StaffHttp(this.port);
		this.cases = new CaseFixtures(infrastructure, this.staff);
	}

}
