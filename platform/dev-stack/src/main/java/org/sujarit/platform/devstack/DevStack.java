package org.sujarit.platform.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.platform.store.StoreDurability;

/**
 * The embedded default: one command starts a KRaft broker, an on-disk MongoDB-wire store,
 * an SMTP sink, staff sign-in and the five services, keeping all data under
 * {@code ./data}. Ctrl-C stops everything cleanly; the next start finds every complaint
 * and case again.
 */
public final class DevStack {

	private static final Logger log = LoggerFactory.getLogger(DevStack.class);

	private DevStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		long started = System.nanoTime();
		Path data = Path.of(System.getProperty("sujarit.data", System.getenv().getOrDefault("SUJARIT_DATA", "data")));
		int kafkaPort = Integer.getInteger("sujarit.kafka.port", 9092);
		int mongoPort = Integer.getInteger("sujarit.mongo.port", 27017);
		int smtpPort = Integer.getInteger("sujarit.smtp.port", 3025);

		StoreDurability durability = StoreDurability.parse(System.getProperty(StoreDurability.PROPERTY));
		EmbeddedMongo mongo = EmbeddedMongo.start(data.resolve("mongo"), mongoPort, durability);
		EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"), kafkaPort, kafkaPort + 1);
		// a sink, so status e-mails go somewhere on a machine without a mail server
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
		smtp.start();

		Map<Service, Integer> ports = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			ports.put(service, Integer.getInteger("sujarit." + service.id() + ".port", service.defaultPort()));
		}
		ServiceStack stack = ServiceStack.start(new ServiceStack.Settings(kafka.bootstrapServers(), mongo.uri(),
				data.resolve("keys"), smtpPort, ports, Map.of()));

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Stopping the Sujarit dev stack");
			stack.close();
			smtp.stop();
			kafka.close();
			mongo.close();
			stopped.countDown();
		}, "dev-stack-shutdown"));

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		StringBuilder banner = new StringBuilder("\n\nSujarit is running (started in ").append(took.toMillis() / 1000.0)
			.append(" s, data in ")
			.append(data.toAbsolutePath())
			.append(")\n");
		for (Service service : Service.values()) {
			banner.append(String.format("  %-17s %s%n", service.id(), stack.url(service)));
		}
		banner.append(String.format("  %-17s %s%n", "kafka", kafka.bootstrapServers()));
		banner.append(String.format("  %-17s %s (durability %s)%n", "mongodb", mongo.uri(), durability.value()));
		banner.append(String.format("  %-17s smtp://localhost:%d%n", "mail sink", smtpPort));
		banner.append(String.format("Staff sign in at %s (password sujarit): clerk, officer.works, officer.finance,%n"
				+ "  officer.health, legal, head.works, head.legal, supervisor, custodian, custodian2, auditor,%n"
				+ "  admin. Tokens for curl: see README.md, \"Staff sign-in\".%n", stack.url(Service.STAFF_SIGN_IN)));
		banner.append(String.format("Staff console: %s/console%n", stack.url(Service.CASE_TRACKING)));
		banner.append("Press Ctrl-C to stop.\n");
		log.info(banner.toString());
		stopped.await();
	}

}
