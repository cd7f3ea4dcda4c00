package org.sujarit.platform.testkit;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link LogCapture}.
 */
class LogCaptureTests {

	private static final Logger logger = LoggerFactory.getLogger(LogCaptureTests.class);

	@Test
	void capturesMessageArgumentsMdcAndTheWholeException() {
		try (LogCapture logs = new LogCapture().start()) {
			MDC.put("caseId", "CASE-7");
			try {
				logger.warn("Could not deliver notification to {}", "somchai@example.org",
						new IllegalStateException("mailbox full", new IllegalArgumentException("quota")));
			}
			finally {
				MDC.remove("caseId");
			}

			assertThat(logs.lines()).singleElement()
				.satisfies((line) -> assertThat(line).contains("WARN")
					.contains(LogCaptureTests.class.getName())
					.contains("Could not deliver notification to somchai@example.org")
					.contains("caseId=CASE-7")
					.contains("java.lang.IllegalStateException: mailbox full")
					.contains("Caused by: java.lang.IllegalArgumentException: quota")
					.contains("at " + LogCaptureTests.class.getName()));
		}
	}

	@Test
	void capturesNothingAfterStopButKeepsWhatItHad() {
		LogCapture logs = new LogCapture().start();
		logger.info("before stop");
		logs.stop();
		logger.info("after stop");

		assertThat(logs.lines()).hasSize(1).allMatch((line) -> line.contains("before stop"));
	}

	@Test
	void linesFromOtherThreadsAreCaptured() throws InterruptedException {
		try (LogCapture logs = new LogCapture().start()) {
			Thread worker = new Thread(() -> logger.info("from worker {}", 42), "log-capture-worker");
			worker.start();
			worker.join();

			assertThat(logs.lines())
				.anyMatch((line) -> line.contains("[log-capture-worker]") && line.contains("from worker 42"));
		}
	}

	@Test
	void captureDetachedBySpringBootStartingFailsInsteadOfLookingEmpty() {
		try (LogCapture logs = new LogCapture().start()) {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmptyApplication.class)
				.web(WebApplicationType.NONE)
				.run()) {
				logger.info("logged after the application started");

				assertThatIllegalStateException().isThrownBy(logs::lines).withMessageContaining("detached");
			}
		}
	}

	@SpringBootConfiguration
	static class EmptyApplication {

	}

}
