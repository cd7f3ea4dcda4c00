package org.sujarit.platform.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>
 * {@code --only=<part>,...} starts some parts only, so each can run in its own JVM and be
 * killed alone (bench/faults): {@code kafka}, {@code store}, {@code smtp}, a service id
 * such as {@code complaint-intake} or {@code staff-sign-in}, or the groups {@code infra}
 * (kafka, store, smtp, staff-sign-in) and {@code services} (the five services). What is
 * not started here is expected on its port ({@code -Dsujarit.kafka.port} …), started by
 * another such JVM on the same data folder.
 */
public final class DevStack {

	private static final Logger log = LoggerFactory.getLogger(DevStack.class);

	private DevStack() {
	}

	/** What one JVM of the dev stack runs. */
	enum Part {

		KAFKA, STORE, SMTP;

		String id() {
			return name().toLowerCase();
		}

	}

	/**
	 * The parts and services named by {@code --only}, everything without it.
	 * @param args the command line
	 * @param parts filled with the infrastructure to start
	 * @param services filled with the services to start
	 */
	static void select(String[] args, Set<Part> parts, Set<Service> services) {
		List<String> names = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--only=")) {
				names.addAll(List.of(arg.substring("--only=".length()).split(",")));
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg + " (" + USAGE + ")");
			}
		}
		if (names.isEmpty()) {
			parts.addAll(EnumSet.allOf(Part.class));
			services.addAll(EnumSet.allOf(Service.class));
			return;
		}
		for (String name : names) {
			switch (name.trim()) {
				case "infra" -> {
					parts.addAll(EnumSet.allOf(Part.class));
					services.add(Service.STAFF_SIGN_IN);
				}
				case "services" -> {
					for (Service service : Service.values()) {
						if (service != Service.STAFF_SIGN_IN) {
							services.add(service);
						}
					}
				}
				default -> select(name.trim(), parts, services);
			}
		}
	}

	private static void select(String name, Set<Part> parts, Set<Service> services) {
		for (Part part : Part.values()) {
			if (part.id().equals(name)) {
				parts.add(part);
				return;
			}
		}
		for (Service service : Service.values()) {
			if (service.id().equals(name)) {
				services.add(service);
				return;
			}
		}
		throw new IllegalArgumentException("Unknown part " + name + " (" + USAGE + ")");
	}

	private static final String USAGE = "--only= takes a comma-separated list of infra, services, kafka, store, smtp, "
			+ "staff-sign-in, complaint-intake, case-tracking, anonymizer, notification, statistics";

	public static void main(String[] args) throws InterruptedException {
		long started = System.nanoTime();
		Set<Part> parts = EnumSet.noneOf(Part.class);
		Set<Service> services = EnumSet.noneOf(Service.class);
		select(args, parts, services);
		Path data = Path.of(System.getProperty("sujarit.data", System.getenv().getOrDefault("SUJARIT_DATA", "data")));
		int kafkaPort = Integer.getInteger("sujarit.kafka.port", 9092);
		int mongoPort = Integer.getInteger("sujarit.mongo.port", 27017);
		int smtpPort = Integer.getInteger("sujarit.smtp.port", 3025);

		StoreDurability durability = StoreDurability.parse(System.getProperty(StoreDurability.PROPERTY));
		EmbeddedMongo mongo = parts.contains(Part.STORE)
				? EmbeddedMongo.start(data.resolve("mongo"), mongoPort, durability) : null;
		EmbeddedKafka kafka = parts.contains(Part.KAFKA)
				? EmbeddedKafka.start(data.resolve("kafka"), kafkaPort, kafkaPort + 1) : null;
		GreenMail smtp = parts.contains(Part.SMTP) ? startSmtp(smtpPort) : null;
		String bootstrapServers = (kafka != null) ? kafka.bootstrapServers() : "localhost:" + kafkaPort;
		String mongoUri = (mongo != null) ? mongo.uri() : "mongodb://localhost:" + mongoPort;

		Map<Service, Integer> ports = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			ports.put(service, Integer.getInteger("sujarit." + service.id() + ".port", service.defaultPort()));
		}
		ServiceStack stack = services.isEmpty() ? null : ServiceStack.start(
				new ServiceStack.Settings(bootstrapServers, mongoUri, data.resolve("keys"), smtpPort, ports, Map.of()),
				services);

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log.info("Stopping the Sujarit dev stack");
			if (stack != null) {
				stack.close();
			}
			if (smtp != null) {
				smtp.stop();
			}
			if (kafka != null) {
				kafka.close();
			}
			if (mongo != null) {
				mongo.close();
			}
			stopped.countDown();
		}, "dev-stack-shutdown"));

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		StringBuilder banner = new StringBuilder("\n\nSujarit is running (started in ").append(took.toMillis() / 1000.0)
			.append(" s, data in ")
			.append(data.toAbsolutePath())
			.append(")\n");
		for (Service service : services) {
			banner.append(String.format("  %-17s %s%n", service.id(), stack.url(service)));
		}
		if (kafka != null) {
			banner.append(String.format("  %-17s %s%n", "kafka", kafka.bootstrapServers()));
		}
		if (mongo != null) {
			banner.append(String.format("  %-17s %s (durability %s)%n", "mongodb", mongo.uri(), durability.value()));
		}
		if (smtp != null) {
			banner.append(String.format("  %-17s smtp://localhost:%d%n", "mail sink", smtpPort));
		}
		if (services.contains(Service.STAFF_SIGN_IN)) {
			banner
				.append(String.format("Staff sign in at %s (password sujarit): clerk, officer.works, officer.finance,%n"
						+ "  officer.health, legal, head.works, head.legal, supervisor, custodian, custodian2, auditor,%n"
						+ "  admin. Tokens for curl: see README.md, \"Staff sign-in\".%n",
						stack.url(Service.STAFF_SIGN_IN)));
		}
		if (services.contains(Service.CASE_TRACKING)) {
			banner.append(String.format("Staff console: %s/console%n", stack.url(Service.CASE_TRACKING)));
		}
		banner.append("Press Ctrl-C to stop.\n");
		log.info(banner.toString());
		stopped.await();
	}

	/**
	 * A sink, so status e-mails go somewhere on a machine without a mail server. With
	 * {@code -Dsujarit.imap.port} it also serves IMAP (a user per address, password = the
	 * address), so a benchmark can count what arrived.
	 */
	private static GreenMail startSmtp(int smtpPort) {
		List<ServerSetup> setups = new ArrayList<>();
		setups.add(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
		Integer imapPort = Integer.getInteger("sujarit.imap.port");
		if (imapPort != null) {
			setups.add(new ServerSetup(imapPort, "localhost", ServerSetup.PROTOCOL_IMAP));
		}
		GreenMail smtp = new GreenMail(setups.toArray(ServerSetup[]::new));
		smtp.start();
		return smtp;
	}

}
