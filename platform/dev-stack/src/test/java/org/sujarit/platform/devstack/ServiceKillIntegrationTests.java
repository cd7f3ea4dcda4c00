package org.sujarit.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.events.Topics;
import org.sujarit.platform.testkit.TopicReader;
import org.sujarit.platform.testkit.TopicRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small version of bench/faults: the dev stack as separate JVMs (DevStack
 * {@code --only}), and case-tracking killed with {@code kill -9} while complaints come
 * in. Every complaint intake accepted gets exactly one case once it is back.
 */
class ServiceKillIntegrationTests {

	private static final int COMPLAINTS = 200;

	private static final Pattern TRACKING_CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern CASE_VERSION = Pattern.compile("\"caseVersion\"\\s*:\\s*([0-9]+)");

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Process> children = new ArrayList<>();

	@TempDir
	private Path data;

	private final int kafkaPort = freePort(2);

	private final int mongoPort = freePort(1);

	private final int smtpPort = freePort(1);

	private final int signInPort = freePort(1);

	private final int intakePort = freePort(1);

	private final int casesPort = freePort(1);

	@AfterEach
	void stop() {
		for (Process child : this.children) {
			child.destroy();
		}
		for (Process child : this.children) {
			child.onExit().join();
		}
	}

	@Test
	void complaintsAcceptedWhileCaseTrackingIsKilledEachGetOneCase() throws Exception {
		Process infra = start("infra", "kafka,store,smtp,staff-sign-in");
		awaitUp(infra, this.signInPort);
		Process intake = start("intake", "complaint-intake");
		Process cases = start("cases", "case-tracking");
		awaitUp(intake, this.intakePort);
		awaitUp(cases, this.casesPort);

		Set<String> accepted = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < COMPLAINTS; i++) {
			if (i == COMPLAINTS / 3) {
				// mid-stream, as a crash would: no shutdown hook, no committed offsets
				cases.destroyForcibly().onExit().join();
			}
			if (i == 2 * COMPLAINTS / 3) {
				cases = start("cases-again", "case-tracking");
			}
			accepted.add(submit(i));
		}
		awaitUp(cases, this.casesPort);

		String kafka = "localhost:" + this.kafkaPort;
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Map<String, Set<Long>> opened = openedVersions(TopicReader.readAll(kafka, Topics.CASE_STATUS));
			assertThat(opened.keySet()).as("cases opened").containsAll(accepted);
			assertThat(opened.entrySet().stream().filter((e) -> e.getValue().size() > 1).map(Map.Entry::getKey))
				.as("cases opened more than once")
				.isEmpty();
		});
	}

	// a category of the clerk's office: these hundreds of cases share the test store with
	// the console browser test, whose officer looks for a public works case on page one
	private String submit(int n) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.intakePort + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"category\":\"SUGGESTION\",\"subject\":\"pothole " + n
						+ "\",\"description\":\"deep pothole in front of the market\",\"complainant\":{\"email\":\"c"
						+ n + "@example.org\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(202);
		Matcher code = TRACKING_CODE.matcher(response.body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private static Map<String, Set<Long>> openedVersions(List<TopicRecord> records) {
		Map<String, Set<Long>> opened = new HashMap<>();
		for (TopicRecord record : records) {
			String value = record.valueAsString();
			if (value.contains("\"change\":\"OPENED\"")) {
				Matcher version = CASE_VERSION.matcher(value);
				opened.computeIfAbsent(record.key(), (k) -> new HashSet<>())
					.add(version.find() ? Long.parseLong(version.group(1)) : -1);
			}
		}
		return opened;
	}

	private Process start(String name, String parts) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Dsujarit.data=" + this.data, "-Dsujarit.kafka.port=" + this.kafkaPort,
				"-Dsujarit.mongo.port=" + this.mongoPort, "-Dsujarit.smtp.port=" + this.smtpPort,
				"-Dsujarit.staff-sign-in.port=" + this.signInPort, "-Dsujarit.complaint-intake.port=" + this.intakePort,
				"-Dsujarit.case-tracking.port=" + this.casesPort, "-cp", System.getProperty("java.class.path"),
				DevStack.class.getName(), "--only=" + parts);
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.data.resolve(name + ".log").toFile())
			.start();
		this.children.add(child);
		return child;
	}

	private void awaitUp(Process child, int port) {
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(child.isAlive()).as("child JVM on port " + port + " alive").isTrue();
			try {
				return this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body()
					.contains("\"UP\"");
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/**
	 * A free port, and the next {@code count - 1} ports free too (the broker's
	 * controller).
	 */
	private static int freePort(int count) {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket socket = new ServerSocket(0)) {
				int port = socket.getLocalPort();
				if (count == 1 || free(port + 1)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("no free ports");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
