package org.sujarit.cases.sla;

import org.sujarit.cases.sla.internal.SlaScanner;
import org.sujarit.cases.sla.internal.SlaTimers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.runtime.outbox.Outbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The SLA engine: calendar from the configured holidays, timers, the scanner and its
 * cluster-wide lock. Start fails when the holiday list cannot be read.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SlaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SlaConfiguration.class);

	@Bean
	SlaCalendar slaCalendar(SlaProperties properties, ResourceLoader resources) {
		Resource resource = resources.getResource(properties.holidays());
		Set<LocalDate> holidays;
		try (InputStream input = resource.getInputStream()) {
			holidays = SlaCalendar.readHolidays(input, properties.holidays());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the holiday list " + properties.holidays(), ex);
		}
		log.info("SLA policy: {} by default; channels {}; categories {}; reminders {}; {} holidays from {}",
				properties.defaultPolicy(), properties.channels(), properties.categories(), properties.reminders(),
				holidays.size(), properties.holidays());
		return new SlaCalendar(properties.zone(), holidays);
	}

	@Bean
	SlaTimers slaTimers(MongoTemplate mongo, SlaProperties properties) {
		return new SlaTimers(mongo, properties);
	}

	@Bean
	SlaScanner slaScanner(MongoTemplate mongo, Outbox outbox, SlaProperties properties, Clock clock, Routing routing,
			MeterRegistry meters) {
		return new SlaScanner(mongo, outbox, properties, clock, new ArrayList<>(routing.units().keySet()), meters);
	}

	// lock records in the shedLock collection, one per lock name, found by _id
	@Bean
	LockProvider slaLockProvider(MongoTemplate mongo) {
		return new MongoLockProvider(mongo.getDb());
	}

}
