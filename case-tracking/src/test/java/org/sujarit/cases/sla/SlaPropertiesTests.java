package org.sujarit.cases.sla;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void defaultsAreFifteenCalendarDaysWithRemindersFiveAndOneDayBefore() {
		this.runner.run((context) -> {
			SlaProperties properties = context.getBean(SlaProperties.class);
			assertThat(properties.defaultPolicy()).isEqualTo(new SlaPolicy(15, DayKind.CALENDAR));
			assertThat(properties.reminders()).extracting((reminder) -> reminder.toDays()).containsExactly(5L, 1L);
			assertThat(properties.zone().getId()).isEqualTo("Asia/Bangkok");
			assertThat(properties).isEqualTo(SlaProperties.defaults());
		});
	}

	@Test
	void aCategoryPolicyWinsOverItsChannelPolicy() {
		this.runner
			.withPropertyValues("sujarit.cases.sla.channels.LETTER.days=20",
					"sujarit.cases.sla.channels.LETTER.day-kind=WORKING", "sujarit.cases.sla.categories.ROADS.days=30",
					"sujarit.cases.sla.categories.ROADS.day-kind=CALENDAR")
			.run((context) -> {
				SlaProperties properties = context.getBean(SlaProperties.class);
				assertThat(properties.policy(Channel.LETTER, Category.ROADS))
					.isEqualTo(new SlaPolicy(30, DayKind.CALENDAR));
				assertThat(properties.policy(Channel.LETTER, Category.WASTE))
					.isEqualTo(new SlaPolicy(20, DayKind.WORKING));
				assertThat(properties.policy(Channel.WEB, Category.WASTE))
					.isEqualTo(new SlaPolicy(15, DayKind.CALENDAR));
				assertThat(properties.categories()).containsOnlyKeys(Category.ROADS);
				assertThat(properties.channels()).isEqualTo(Map.of(Channel.LETTER, new SlaPolicy(20, DayKind.WORKING)));
			});
	}

	@Test
	void aReminderAsLongAsThePolicyFailsStart() {
		this.runner
			.withPropertyValues("sujarit.cases.sla.categories.ROADS.days=3",
					"sujarit.cases.sla.categories.ROADS.day-kind=CALENDAR")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("reminders"));
	}

	@Test
	void aPolicyWithoutDaysFailsStart() {
		this.runner.withPropertyValues("sujarit.cases.sla.channels.WEB.day-kind=WORKING")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SlaProperties.class)
	static class Config {

	}

}
