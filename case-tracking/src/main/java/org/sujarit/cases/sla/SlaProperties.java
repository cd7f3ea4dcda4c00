package org.sujarit.cases.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The response deadline policy and how the scanner enforces it
 * ({@code sujarit.cases.sla}). Every value has a default that runs.
 *
 * @param days days to answer by default (15, the municipal rule)
 * @param dayKind how the days count by default: CALENDAR or WORKING
 * @param channels per-channel overrides of the default policy
 * @param categories per-category overrides; a category's policy wins over its channel's
 * @param zone the zone of the municipality's days: a deadline ends at midnight there
 * @param holidays where the public holiday list is (Spring resource location), one ISO
 * date a line
 * @param reminders how long before the due date staff are reminded, largest first after
 * sorting; each must be shorter than the shortest policy
 * @param digestWindow how far ahead the daily digest of a unit looks
 * @param digestTime when the daily digest goes out, in {@code zone}
 * @param digestOverdueLookback how far back the digest looks for cases still open past
 * their due date
 * @param tick how often each instance looks for due timers
 * @param lockAtMostFor how long one instance may hold the scanner lock if it dies
 * mid-tick
 * @param initialLookback on the very first tick (no cursor yet), how far back to read
 * timers
 */
@Validated
@ConfigurationProperties("sujarit.cases.sla")
public record SlaProperties(@DefaultValue("15") int days, @DefaultValue("CALENDAR") @NotNull DayKind dayKind,
		Map<Channel, @Valid SlaPolicy> channels, Map<Category, @Valid SlaPolicy> categories,
		@DefaultValue("Asia/Bangkok") @NotNull ZoneId zone,
		@DefaultValue("classpath:sla/thai-public-holidays.txt") @NotNull String holidays, @DefaultValue( {
				"P5D", "P1D" }) @NotEmpty List<Duration> reminders,
		@DefaultValue("P3D") @NotNull Duration digestWindow, @DefaultValue("08:00") @NotNull LocalTime digestTime,
		@DefaultValue("P30D") @NotNull Duration digestOverdueLookback, @DefaultValue("PT30S") @NotNull Duration tick,
		@DefaultValue("PT5M") @NotNull Duration lockAtMostFor,
		@DefaultValue("PT24H") @NotNull Duration initialLookback){

	public SlaProperties {
		channels = (channels == null) ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(channels));
		categories = (categories == null) ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(categories));
		reminders = (reminders == null) ? List.of() : reminders.stream().sorted(Collections.reverseOrder()).toList();
	}

	/**
	 * The defaults alone.
	 * @return properties as if nothing was configured
	 */
	public static SlaProperties defaults() {
		return new SlaProperties(15, DayKind.CALENDAR, null, null, ZoneId.of("Asia/Bangkok"),
				"classpath:sla/thai-public-holidays.txt", List.of(Duration.ofDays(5), Duration.ofDays(1)),
				Duration.ofDays(3), LocalTime.of(8, 0), Duration.ofDays(30), Duration.ofSeconds(30),
				Duration.ofMinutes(5), Duration.ofHours(24));
	}

	/**
	 * The policy when nothing overrides it.
	 * @return the default policy
	 */
	public SlaPolicy defaultPolicy() {
		return new SlaPolicy(this.days, this.dayKind);
	}

	/**
	 * The policy of a case: its category's if configured, else its channel's, else the
	 * default.
	 * @param channel the intake channel
	 * @param category the category
	 * @return the policy
	 */
	public SlaPolicy policy(Channel channel, Category category) {
		SlaPolicy policy = this.categories.get(category);
		if (policy == null) {
			policy = this.channels.get(channel);
		}
		return (policy != null) ? policy : defaultPolicy();
	}

	@AssertTrue(message = "days must be between 1 and 365")
	boolean isDaysValid() {
		return this.days >= 1 && this.days <= 365;
	}

	@AssertTrue(message = "reminders must be positive and shorter than the shortest policy")
	boolean isRemindersValid() {
		int shortest = this.days;
		for (SlaPolicy policy : this.channels.values()) {
			shortest = Math.min(shortest, policy.days());
		}
		for (SlaPolicy policy : this.categories.values()) {
			shortest = Math.min(shortest, policy.days());
		}
		Duration limit = Duration.ofDays(shortest);
		return this.reminders.stream()
			.allMatch((reminder) -> !reminder.isNegative() && !reminder.isZero() && reminder.compareTo(limit) < 0);
	}

	@AssertTrue(message = "tick, digest-window, lock-at-most-for and initial-lookback must be positive")
	boolean isDurationsValid() {
		return positive(this.tick) && positive(this.digestWindow) && positive(this.lockAtMostFor)
				&& this.initialLookback != null && !this.initialLookback.isNegative()
				&& this.digestOverdueLookback != null && !this.digestOverdueLookback.isNegative();
	}

	private static boolean positive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

}
