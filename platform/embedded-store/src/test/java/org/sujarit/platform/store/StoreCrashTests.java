package org.sujarit.platform.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A write the store acknowledged is in its file when the process is killed right after:
 * the store runs in a child JVM that is killed with SIGKILL immediately after the last
 * acknowledgement, then the file is opened again here.
 */
class StoreCrashTests {

	private static final int SINGLE = 500;

	private static final int BULK = 2_000;

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(StoreDurability.class)
	void everyAcknowledgedWriteIsThereAfterKill9(StoreDurability durability) throws Exception {
		Path file = this.folder.resolve("sujarit.mv");
		Process child = startChild(file, durability);
		try {
			int port = readPort(child);
			try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
				MongoCollection<Document> cases = client.getDatabase("sujarit-cases").getCollection("cases");
				for (int i = 0; i < SINGLE; i++) {
					cases.insertOne(new Document("_id", "single-" + i).append("version", 1L));
				}
				List<Document> bulk = new ArrayList<>();
				for (int i = 0; i < BULK; i++) {
					bulk.add(new Document("_id", "bulk-" + i).append("version", 1L));
				}
				cases.insertMany(bulk);
				for (int i = 0; i < SINGLE; i += 2) {
					cases.updateOne(Filters.and(Filters.eq("_id", "single-" + i), Filters.lt("version", 2L)),
							Updates.inc("version", 1L));
				}
				cases.deleteOne(Filters.eq("_id", "bulk-0"));
				cases.findOneAndUpdate(Filters.eq("_id", "bulk-1"), Updates.set("status", "DONE"),
						new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
				// the last acknowledgement: kill at once
				cases.updateOne(Filters.eq("_id", "single-1"), Updates.set("last", true));
				child.destroyForcibly();
			}
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			// SIGKILL: no shutdown hook ran, nothing was closed
			assertThat(child.exitValue()).isEqualTo(137);
		}
		finally {
			child.destroyForcibly();
		}

		MongoServer server = new MongoServer(new StoreBackend(file));
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients
				.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
				MongoCollection<Document> cases = client.getDatabase("sujarit-cases").getCollection("cases");
				assertThat(cases.countDocuments(Filters.regex("_id", "^single-"))).isEqualTo(SINGLE);
				assertThat(cases.countDocuments(Filters.regex("_id", "^bulk-"))).isEqualTo(BULK - 1);
				assertThat(cases.countDocuments(Filters.eq("version", 2L))).isEqualTo(SINGLE / 2);
				assertThat(cases.find(Filters.eq("_id", "bulk-0")).first()).isNull();
				assertThat(cases.find(Filters.eq("_id", "bulk-1")).first()).containsEntry("status", "DONE");
				assertThat(cases.find(Filters.eq("_id", "single-1")).first()).containsEntry("last", true);
			}
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	void processCrashIsTheDefaultAndOtherValuesAreRefusedByName() {
		assertThat(StoreDurability.parse(null)).isEqualTo(StoreDurability.PROCESS_CRASH);
		assertThat(StoreDurability.parse(" ")).isEqualTo(StoreDurability.PROCESS_CRASH);
		assertThat(StoreDurability.parse("power-loss")).isEqualTo(StoreDurability.POWER_LOSS);
		assertThat(StoreDurability.parse("PROCESS_CRASH")).isEqualTo(StoreDurability.PROCESS_CRASH);
		assertThatIllegalArgumentException().isThrownBy(() -> StoreDurability.parse("sometimes"))
			.withMessageContaining(StoreDurability.PROPERTY)
			.withMessageContaining("process-crash or power-loss");
	}

	private static Process startChild(Path file, StoreDurability durability) throws Exception {
		// surefire runs tests from a manifest-only jar; this property holds the real
		// class path
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, StoreChild.class.getName(), file.toString(),
				durability.value())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
	}

	private static int readPort(Process child) throws Exception {
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.startsWith("port=")) {
				// whatever the child prints later must not fill the pipe and stop it
				Thread drain = new Thread(() -> {
					try {
						child.getInputStream().transferTo(OutputStream.nullOutputStream());
					}
					catch (IOException ex) {
						// the child is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return Integer.parseInt(line.substring("port=".length()));
			}
		}
		throw new IllegalStateException("the child store did not start");
	}

}
