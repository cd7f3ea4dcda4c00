package org.sujarit.cases.sla;

import org.sujarit.cases.sla.internal.SlaScanner;
import org.sujarit.cases.sla.internal.SlaTimers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.sujarit.cases.casefile.CaseDocument;
import org.sujarit.cases.routing.RoutingProperties;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.store.StoreBackend;
import org.sujarit.platform.runtime.outbox.Outbox;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code bench/sla-scan}: one scanner pass over 1,000 due cases among 1,000,000 open
 * ones, in the embedded default's on-disk store (mongo-java-server, H2 backend), in this
 * process. Not a test: the script runs it.
 * <p>
 * Every case has its three timers (reminders 5 and 1 day before, breach) in the minute
 * buckets, as opening would have set them. {@code TICKS} minutes hold {@code DUE} breach
 * timers each; each pass reads exactly one of them. A pass's time covers reading the
 * bucket by {@code _id}, reading each case by {@code _id}, and the conditional write of
 * each case with its BREACHED status event and escalation alert embedded as outbox
 * entries, with the outbox markers around it. It does not include the relay publishing
 * those events to Kafka, which runs after the write, asynchronously, in the service.
 */
public final class SlaScanBench {

	private static final int BUCKETS_AHEAD = 21_600;

	private SlaScanBench() {
	}

	public static void main(String[] args) throws IOException {
		int cases = Integer.getInteger("cases", 1_000_000);
		int due = Integer.getInteger("due", 1_000);
		int ticks = Integer.getInteger("ticks", 5);
		// a kept store is seeded once with this many due minutes, one used per pass
		int seedTicks = Math.max(ticks, Integer.getInteger("seedTicks", ticks));
		String data = System.getProperty("data", "");
		boolean keep = !data.isBlank();
		Path directory = keep ? Files.createDirectories(Path.of(data)) : Files.createTempDirectory("sla-scan");
		Path file = directory.resolve("sujarit.mv");
		boolean reuse = keep && Files.exists(file);
		// the dev stack's store, as EmbeddedMongo opens it
		MongoServer server = new MongoServer(new StoreBackend(file));
		String uri = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
		try (MongoClient client = MongoClients.create(uri)) {
			MongoTemplate mongo = new MongoTemplate(client, "sujarit-cases");
			// the first due minute: 03:00 in Bangkok, before the digest hour
			Instant first = Instant.parse("2026-11-22T20:00:00Z");
			// the service declares its indexes at start, before any case exists
			new SlaIndexes(mongo).afterPropertiesSet();
			Document stored = mongo.getCollection(SlaScanner.STATE).find(new Document("_id", "cursor")).first();
			int done = 0;
			if (!reuse) {
				long t0 = System.nanoTime();
				seed(mongo, cases, due, seedTicks, first);
				long seedMs = (System.nanoTime() - t0) / 1_000_000;
				System.out.printf(
						"seeded %d open cases (%d due in each of %d minutes), their timers: %d s; store file %d MB%n",
						cases, due, seedTicks, seedMs / 1000, Files.size(file) / (1024 * 1024));
				mongo.getCollection(SlaScanner.STATE)
					.insertOne(new Document("_id", "cursor").append("next", SlaTimers.bucketId(first))
						.append("seedTicks", seedTicks));
			}
			else {
				// earlier runs used the first due minutes: go on from where they stopped
				done = (int) Duration.between(first, SlaTimers.parseBucket(stored.getString("next"))).toMinutes();
				seedTicks = stored.getInteger("seedTicks", 0);
				System.out.printf("reusing kept store %s (%d MB): %d of %d due minutes used%n", file,
						Files.size(file) / (1024 * 1024), done, seedTicks);
			}
			if (done + ticks > seedTicks) {
				throw new IllegalStateException("the kept store has no " + ticks + " fresh due minutes left; delete "
						+ directory + " to seed again");
			}

			MutableClock clock = new MutableClock(first);
			SlaProperties properties = SlaProperties.defaults();
			Outbox outbox = new Outbox(mongo, new EventCodec("/sujarit/case-tracking"), clock, () -> {
			});
			SlaScanner scanner = new SlaScanner(mongo, outbox, properties, clock,
					new ArrayList<>(RoutingProperties.DEFAULT_UNIT_NAMES.keySet()),
					new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

			long firstHeap = 0;
			long lastHeap = 0;
			List<Long> times = new ArrayList<>();
			for (int tick = 0; tick < ticks; tick++) {
				clock.set(first.plus(Duration.ofMinutes(done + tick + 1)).plusSeconds(1));
				long start = System.nanoTime();
				SlaScanner.Pass pass = scanner.scan();
				long ms = (System.nanoTime() - start) / 1_000_000;
				times.add(ms);
				long heap = heapAfterGc();
				if (tick == 0) {
					firstHeap = heap;
				}
				lastHeap = heap;
				System.out.printf(
						"tick %d: %d ms, %d buckets, %d timers, %d breached+escalated; heap after GC %d MB, RSS %d MB%n",
						tick + 1, ms, pass.buckets(), pass.timers(), pass.emitted(), heap, rssMb());
				if (pass.emitted() != due) {
					throw new IllegalStateException("expected " + due + " emissions, got " + pass.emitted());
				}
			}
			// by _id one at a time: any other key would scan the million cases
			long breached = 0;
			for (String sample : List.of(caseId(done * due), caseId((done + ticks) * due - 1))) {
				Document sampled = mongo.getCollection(CaseDocument.COLLECTION)
					.find(new Document("_id", sample))
					.first();
				if (sampled != null && Boolean.TRUE.equals(sampled.get("sla", Document.class).getBoolean("breached"))) {
					breached++;
				}
			}
			System.out.printf("check: sample cases breached %d/2; tick times %s ms%n", breached, times);
			// the scanner ticks every minute of a long-running service: the steady tick
			// is
			// the median after the first, which also pays for class loading and the JIT
			List<Long> warm = new ArrayList<>(times.subList(Math.min(1, times.size() - 1), times.size()));
			warm.sort(null);
			long median = warm.get(warm.size() / 2);
			long worstWarm = warm.get(warm.size() - 1);
			System.out.printf(
					"cases=%d due=%d tick_ms=%d worst_warm_tick_ms=%d first_tick_ms=%d ticks=%d heap_mb_first=%d heap_mb_last=%d rss_mb=%d%n",
					cases, due, median, worstWarm, times.get(0), ticks, firstHeap, lastHeap, rssMb());
		}
		finally {
			server.shutdownNow();
			if (!keep) {
				try (var files = Files.walk(directory)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
		}
	}

	private static void seed(MongoTemplate mongo, int cases, int due, int ticks, Instant first) {
		MongoCollection<Document> collection = mongo.getCollection(CaseDocument.COLLECTION);
		InsertManyOptions unordered = new InsertManyOptions().ordered(false);
		List<Document> batch = new ArrayList<>(1000);
		int dueTotal = due * ticks;
		// the rest fall due after the measured minutes, spread over 15 days
		Instant later = first.plus(Duration.ofMinutes(ticks + 10));
		for (int i = 0; i < cases; i++) {
			Instant respondBy = dueOf(i, due, dueTotal, first, later);
			batch.add(caseDocument(i, respondBy));
			if (batch.size() == 1000) {
				collection.insertMany(batch, unordered);
				batch.clear();
			}
			if ((i + 1) % 200_000 == 0) {
				System.out.printf("  %d cases%n", i + 1);
			}
		}
		if (!batch.isEmpty()) {
			collection.insertMany(batch, unordered);
		}
		// timers by bucket, written bucket by bucket: the breach at the due minute,
		// reminders 1 and 5 days before (those already past are left out)
		MongoCollection<Document> timers = mongo.getCollection(SlaTimers.COLLECTION);
		List<Document> docs = new ArrayList<>();
		for (int tick = 0; tick < ticks; tick++) {
			List<Document> entries = new ArrayList<>();
			for (int i = tick * due; i < (tick + 1) * due; i++) {
				entries.add(entry(caseId(i), SlaTimers.BREACH, dueOf(i, due, dueTotal, first, later)));
			}
			docs.add(new Document("_id", SlaTimers.bucketId(first.plus(Duration.ofMinutes(tick)))).append("entries",
					entries));
		}
		Instant measuredUntil = first.plus(Duration.ofMinutes(ticks + 1));
		for (int offset = -5 * 1440; offset < BUCKETS_AHEAD; offset++) {
			List<Document> entries = new ArrayList<>();
			addEntries(entries, offset, SlaTimers.BREACH, cases, dueTotal, due, first, later);
			addEntries(entries, offset + 1440, "reminder-P1D", cases, dueTotal, due, first, later);
			addEntries(entries, offset + 5 * 1440, "reminder-P5D", cases, dueTotal, due, first, later);
			Instant bucket = later.plus(Duration.ofMinutes(offset));
			if (!entries.isEmpty() && bucket.isAfter(measuredUntil)) {
				docs.add(new Document("_id", SlaTimers.bucketId(bucket)).append("entries", entries));
			}
			if (docs.size() >= 100) {
				timers.insertMany(docs, unordered);
				docs.clear();
			}
		}
		if (!docs.isEmpty()) {
			timers.insertMany(docs, unordered);
		}
	}

	// the cases falling due at minute "later + minute"
	private static void addEntries(List<Document> entries, int minute, String kind, int cases, int dueTotal, int due,
			Instant first, Instant later) {
		if (minute < 0 || minute >= BUCKETS_AHEAD) {
			return;
		}
		for (int i = minute; i < cases; i += BUCKETS_AHEAD) {
			if (i >= dueTotal) {
				entries.add(entry(caseId(i), kind, dueOf(i, due, dueTotal, first, later)));
			}
		}
	}

	private static Instant dueOf(int i, int due, int dueTotal, Instant first, Instant later) {
		if (i < dueTotal) {
			return first.plus(Duration.ofMinutes(i / due)).plusMillis(i % due);
		}
		return later.plus(Duration.ofMinutes((long) (i % BUCKETS_AHEAD))).plusMillis(i % 60_000);
	}

	private static Document entry(String caseId, String kind, Instant due) {
		return new Document("caseId", caseId).append("kind", kind).append("due", Date.from(due));
	}

	private static String caseId(int i) {
		return String.format("BENCH-%07d", i);
	}

	// about the size of a real general case: contact, text, two history entries, SLA
	private static Document caseDocument(int i, Instant respondBy) {
		Instant received = respondBy.minus(Duration.ofDays(15)).truncatedTo(ChronoUnit.MILLIS);
		Date at = Date.from(received);
		return new Document("_id", caseId(i)).append("kind", "GENERAL")
			.append("category", "ROADS")
			.append("channel", "WEB")
			.append("unit", "PUBLIC_WORKS")
			.append("status", (i % 3 == 0) ? "RECEIVED" : "IN_PROGRESS")
			.append("version", 1L)
			.append("receivedAt", at)
			.append("respondBy", Date.from(respondBy))
			.append("openedAt", at)
			.append("updatedAt", at)
			.append("routing",
					new Document("unit", "PUBLIC_WORKS").append("reason", "Category ROADS goes to PUBLIC_WORKS"))
			.append("subject", "ถนนชำรุด หน้าบ้านเลขที่ " + i)
			.append("description",
					"มีหลุมขนาดใหญ่บนถนนซอยสุขสวัสดิ์ 5 ทำให้รถจักรยานยนต์ล้มหลายครั้ง กรุณาซ่อมด่วน " + i)
			.append("location", new Document("address", "Soi Suksawat 5").append("lat", 13.75).append("lon", 100.5))
			.append("complainant", new Document("name", "Bench " + i).append("phone", "0800000000"))
			.append("history",
					List.of(new Document("at", at).append("action", "OPENED")
						.append("by", "system")
						.append("status", "RECEIVED")
						.append("visibility", "PUBLIC"),
							new Document("at", at).append("action", "ROUTED")
								.append("by", "system")
								.append("status", "RECEIVED")
								.append("message", "Category ROADS goes to PUBLIC_WORKS")
								.append("visibility", "INTERNAL")))
			.append("sla",
					new Document("days", 15).append("dayKind", "CALENDAR")
						.append("standing", "ON_TRACK")
						.append("extended", false)
						.append("breached", false)
						.append("sent", List.of()));
	}

	private static long heapAfterGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static long rssMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// not on Linux
		}
		return -1;
	}

}
