package org.sujarit.intake.followup;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import org.junit.jupiter.api.Test;
import org.sujarit.intake.IntakeIntegrationTest;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.intake.whistleblower.ReceiptChecks;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReceiptLimitsIntegrationTests extends IntakeIntegrationTest {

	private static final String STATUS = "/api/v1/whistleblower/status";

	private final SecureRandom random = new SecureRandom();

	@Autowired
	private IntakeProperties properties;

	@Autowired
	private ReceiptChecks checks;

	@Test
	void wrongReceiptsGetTheSameAnswerOnEveryEndpoint() {
		List<JsonNode> answers = new ArrayList<>();
		for (String wrong : List.of(randomReceipt(), randomReceipt().replace(' ', '-'), "1234", "ไม่ใช่รหัส")) {
			for (Response response : List.of(post(STATUS, Map.of("receipt", wrong)),
					post(FollowUpIntegrationTests.FOLLOW_UP, Map.of("receipt", wrong)),
					post(FollowUpIntegrationTests.FOLLOW_UP + "/messages",
							Map.of("receipt", wrong, "message", "สวัสดี")),
					post(FollowUpIntegrationTests.FOLLOW_UP + "/identity",
							Map.of("receipt", wrong, "reporter", Map.of("firstName", "สมชาย"))),
					post(FollowUpIntegrationTests.FOLLOW_UP + "/pings", Map.of("receipt", wrong, "enabled", false)),
					FollowUpIntegrationTests.postEvidence(this, wrong, "a.pdf", "application/pdf",
							FollowUpIntegrationTests.pdfOf(100)))) {
				assertThat(response.status()).isEqualTo(404);
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
				assertThat(response.header("Cache-Control")).isEqualTo("no-store");
				answers.add(response.body());
			}
		}
		for (JsonNode answer : answers) {
			assertThat(answer.path("type").asString()).isEqualTo(answers.get(0).path("type").asString());
			assertThat(answer.path("detail").asString()).isEqualTo(answers.get(0).path("detail").asString());
			assertThat(answer.path("detailTh").asString()).isEqualTo(answers.get(0).path("detailTh").asString());
		}
	}

	@Test
	void aReceiptCheckedTooOftenIsRefusedWithoutBlockingAnotherReceipt() {
		String receipt = post(FollowUpIntegrationTests.REPORTS, Map.of("category", "GIFTS", "narrative", "รับของขวัญ"))
			.body()
			.path("receipt")
			.asString();
		String wrong = randomReceipt();
		int perReceipt = this.properties.whistleblower().receiptChecks().perReceipt();
		for (int i = 0; i < perReceipt; i++) {
			assertThat(post(FollowUpIntegrationTests.FOLLOW_UP, Map.of("receipt", wrong)).status()).isEqualTo(404);
		}

		// typed differently, it is still the same receipt
		Response limited = post(STATUS, Map.of("receipt", wrong.replace(" ", "")));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
		assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 600L);
		assertThat(limited.body().path("detailTh").asString()).contains("วินาที");
		assertThat(post(FollowUpIntegrationTests.FOLLOW_UP, Map.of("receipt", receipt)).status()).isEqualTo(200);
	}

	@Test
	void theGlobalRateIsAnswered429AndRecovers() {
		RateLimiter global = this.checks.global();
		Duration wait = global.getRateLimiterConfig().getTimeoutDuration();
		int perSecond = global.getRateLimiterConfig().getLimitForPeriod();
		try {
			global.changeTimeoutDuration(Duration.ZERO);
			global.changeLimitForPeriod(1);
			Response limited = null;
			for (int i = 0; i < 50 && limited == null; i++) {
				Response response = post(STATUS, Map.of("receipt", randomReceipt()));
				if (response.status() == 429) {
					limited = response;
				}
			}
			assertThat(limited).isNotNull();
			assertThat(limited.header("Retry-After")).isEqualTo("1");
			assertThat(limited.body().path("detail").asString()).contains("too many receipt checks");
		}
		finally {
			global.changeLimitForPeriod(perSecond);
			global.changeTimeoutDuration(wait);
		}
		await().atMost(WAIT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> post(STATUS, Map.of("receipt", randomReceipt())).status() == 404);
	}

	private String randomReceipt() {
		StringBuilder receipt = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 4 == 0) {
				receipt.append(' ');
			}
			receipt.append(this.random.nextInt(10));
		}
		return receipt.toString();
	}

}
