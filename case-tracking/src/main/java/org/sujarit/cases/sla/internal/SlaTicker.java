package org.sujarit.cases.sla.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the scanner on every instance; the lock lets one instance of the cluster do a pass
 * at a time.
 */
@Component
public class SlaTicker {

	private static final Logger log = LoggerFactory.getLogger(SlaTicker.class);

	private final SlaScanner scanner;

	public SlaTicker(SlaScanner scanner) {
		this.scanner = scanner;
	}

	@Scheduled(fixedDelayString = "${sujarit.cases.sla.tick:PT30S}",
			initialDelayString = "${sujarit.cases.sla.tick:PT30S}")
	@SchedulerLock(name = "sla-scanner", lockAtMostFor = "${sujarit.cases.sla.lock-at-most-for:PT5M}")
	void tick() {
		try {
			this.scanner.scan();
		}
		catch (RuntimeException ex) {
			// the cursor has not moved past what failed: the next tick retries it
			log.warn("SLA pass failed: {}", ex.toString());
		}
	}

}
