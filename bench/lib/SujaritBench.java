import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * The load generator and checker behind bench/intake-e2e and bench/faults. One source
 * file, run by the JDK's source launcher on platform/dev-stack's classpath (nothing to
 * install). Settings are system properties; see the scripts.
 *
 * Modes:
 * <ul>
 * <li>{@code bounds}: the store's single and bulk insert rates (1 KB documents, scratch
 * database) and the broker's raw producer rate (1 KB, acks=all, idempotent, async).</li>
 * <li>{@code e2e}: open-loop runs at fixed rates, then a step search for the highest
 * sustained rate; a line of name=value figures per run, the best one last.</li>
 * <li>{@code send}: offers complaints and reports open loop and appends the accepted
 * tracking codes to a file (bench/faults, which kills things meanwhile).</li>
 * <li>{@code check}: counts lost cases, duplicate cases, duplicate e-mails, statistics
 * and public status against what {@code send} recorded.</li>
 * </ul>
 */
public class SujaritBench {

	static final String CASE_STATUS = "sujarit.case-status.v1";

	static final String STATUS_CHANGED = "org.sujarit.case.status-changed.v1";

	static final Pattern TRACKING_CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "bounds" -> bounds();
			case "e2e" -> new E2e().run();
			case "send" -> send();
			case "check" -> check();
			default -> throw new IllegalArgumentException("mode: bounds | e2e | send | check");
		}
		System.exit(0);
	}

	static String prop(String name, String fallback) {
		return System.getProperty(name, fallback);
	}

	static int intProp(String name, int fallback) {
		return Integer.parseInt(prop(name, String.valueOf(fallback)));
	}

	// ---------------------------------------------------------------- bounds

	static void bounds() throws Exception {
		int seconds = intProp("seconds", 5);
		String filler = thaiText(1000, 0);
		double single;
		double bulk;
		try (MongoClient client = MongoClients.create(prop("mongo", "mongodb://localhost:27017"))) {
			MongoCollection<Document> docs = client.getDatabase("bench_scratch").getCollection("docs");
			docs.drop();
			long n = 0;
			long t0 = System.nanoTime();
			long until = t0 + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < until) {
				docs.insertOne(new Document("i", n++).append("text", filler));
			}
			single = n / secondsSince(t0);
			n = 0;
			t0 = System.nanoTime();
			until = t0 + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < until) {
				List<Document> batch = new ArrayList<>(1000);
				for (int i = 0; i < 1000; i++) {
					batch.add(new Document("i", n++).append("text", filler));
				}
				docs.insertMany(batch);
			}
			bulk = n / secondsSince(t0);
			client.getDatabase("bench_scratch").drop();
		}
		Properties p = new Properties();
		p.put("bootstrap.servers", prop("kafka", "localhost:9092"));
		p.put("acks", "all");
		p.put("enable.idempotence", "true");
		p.put("key.serializer", ByteArraySerializer.class.getName());
		p.put("value.serializer", ByteArraySerializer.class.getName());
		double broker;
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
			byte[] value = filler.getBytes(StandardCharsets.UTF_8);
			value = Arrays.copyOf(value, 1024);
			// the topic exists and has a leader before the clock starts
			producer.send(new ProducerRecord<>("bench.raw", value)).get();
			AtomicLong acked = new AtomicLong();
			long t0 = System.nanoTime();
			long until = t0 + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < until) {
				producer.send(new ProducerRecord<>("bench.raw", value), (meta, ex) -> {
					if (ex == null) {
						acked.incrementAndGet();
					}
				});
			}
			producer.flush();
			broker = acked.get() / secondsSince(t0);
		}
		System.out.printf("store_bound_per_s=%d store_bulk_per_s=%d broker_bound_per_s=%d%n", Math.round(single),
				Math.round(bulk), Math.round(broker));
	}

	static double secondsSince(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

	// ---------------------------------------------------------------- requests

	static final String[] PLACES = { "ตลาดสดเทศบาล", "ซอยวัดป่า", "หน้าโรงเรียนอนุบาล", "ถนนมิตรภาพ", "ชุมชนริมคลอง",
			"หมู่ 4 บ้านหนองบัว", "สวนสาธารณะหนองน้ำ", "สี่แยกหอนาฬิกา" };

	static final String[] PROBLEMS = { "ถนนเป็นหลุมลึก รถจักรยานยนต์ล้มไปแล้วสองคัน ขอให้ซ่อมโดยเร็ว",
			"ไฟฟ้าส่องสว่างดับมาสามสัปดาห์ กลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านไม่ปลอดภัย",
			"ขยะไม่ได้เก็บมาหนึ่งสัปดาห์ ส่งกลิ่นเหม็นและมีสุนัขจรจัดมาคุ้ยเขี่ย",
			"ท่อระบายน้ำอุดตัน ฝนตกแล้วน้ำท่วมขังหน้าบ้านหลายวัน ยุงชุม",
			"ร้านค้าเปิดเพลงเสียงดังถึงตีสอง รบกวนผู้สูงอายุและเด็กเล็กในชุมชน",
			"น้ำประปาไหลอ่อนและมีสีขุ่น ใช้อาบไม่ได้มาหลายวันแล้ว" };

	static final String[] CATEGORIES = { "ROADS", "STREET_LIGHTING", "WASTE", "WATER_DRAINAGE", "NUISANCE",
			"WATER_DRAINAGE" };

	static final String[] ALLEGATIONS = {
			"เจ้าหน้าที่กองช่างเรียกเงิน 20,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้าง โดยบอกให้โอนเข้าบัญชีญาติ",
			"การจัดซื้อวัสดุก่อสร้างถนนมีการแบ่งซื้อแบ่งจ้างให้ร้านของญาตินายกเทศมนตรี ราคาสูงกว่าท้องตลาด",
			"รถยนต์ของเทศบาลถูกนำไปใช้ส่วนตัวในวันหยุดเป็นประจำ มีภาพถ่ายเป็นหลักฐาน",
			"การสอบคัดเลือกพนักงานจ้างมีการเรียกรับเงินหัวละ 50,000 บาท" };

	static final String[] WB_CATEGORIES = { "BRIBERY", "PROCUREMENT", "PROPERTY_MISUSE", "PERSONNEL" };

	/** Thai text of about the given size in UTF-8 bytes (three bytes a character). */
	static String thaiText(int bytes, int seed) {
		StringBuilder text = new StringBuilder();
		int i = seed;
		while (text.length() * 3 < bytes) {
			text.append(PROBLEMS[Math.floorMod(i++, PROBLEMS.length)]).append(' ');
		}
		return text.substring(0, bytes / 3);
	}

	static String complaintJson(long n, String email) {
		int k = (int) (n % PROBLEMS.length);
		String place = PLACES[(int) ((n / 7) % PLACES.length)];
		return "{\"category\":\"" + CATEGORIES[k] + "\",\"subject\":\"แจ้งปัญหา " + place + " เรื่องที่ " + n
				+ "\",\"description\":\"" + PROBLEMS[k] + " บริเวณ" + place + " " + thaiText(600, k)
				+ "\",\"location\":{\"address\":\"" + place + " อำเภอเมือง\"},\"complainant\":{\"name\":\"ผู้ร้อง "
				+ n + "\",\"email\":\"" + email + "\"}}";
	}

	static String reportJson(long n) {
		int k = (int) (n % ALLEGATIONS.length);
		String reporter = (n % 3 == 0) ? ""
				: ",\"reporter\":{\"firstName\":\"สมชาย\",\"phone\":\"08123456" + (10 + n % 90) + "\"}";
		return "{\"category\":\"" + WB_CATEGORIES[k] + "\",\"narrative\":\"" + ALLEGATIONS[k] + " " + thaiText(500, k)
				+ "\",\"accused\":{\"position\":\"นายช่างโยธา\",\"unit\":\"กองช่าง\"}" + reporter + "}";
	}

	static HttpRequest post(String url, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/** One open-loop offering: request i is due at start + i / rate, whatever came back. */
	static final class Offering {

		final ConcurrentLinkedQueue<Long> acceptNanos = new ConcurrentLinkedQueue<>();

		/** tracking code → System.nanoTime() of its 202 */
		final Map<String, Long> complaints = new ConcurrentHashMap<>();

		final AtomicInteger reports = new AtomicInteger();

		final AtomicInteger offered = new AtomicInteger();

		final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		final AtomicInteger inFlight = new AtomicInteger();

		long start;

		long end;

		int failed() {
			return this.failures.values().stream().mapToInt(AtomicInteger::get).sum();
		}

		int accepted() {
			return this.complaints.size() + this.reports.get();
		}

		void offer(String intake, double rate, long total, long firstNumber, int reportEvery, String emailPattern,
				java.util.function.LongConsumer accepted) {
			this.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
			double interval = 1e9 / rate;
			for (long i = 0; i < total; i++) {
				long due = this.start + Math.round(i * interval);
				long wait;
				while ((wait = due - System.nanoTime()) > 0) {
					LockSupport.parkNanos(Math.min(wait, 1_000_000));
				}
				long n = firstNumber + i;
				boolean report = reportEvery > 0 && (n % reportEvery == reportEvery - 1);
				HttpRequest request = report ? post(intake + "/api/v1/whistleblower/reports", reportJson(n))
						: post(intake + "/api/v1/complaints",
								complaintJson(n, String.format(emailPattern, n % 1000, n)));
				this.offered.incrementAndGet();
				this.inFlight.incrementAndGet();
				HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, ex) -> {
					long now = System.nanoTime();
					try {
						if (ex != null) {
							Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
							this.failures.computeIfAbsent(cause.getClass().getSimpleName(), (k) -> new AtomicInteger())
								.incrementAndGet();
						}
						else if (response.statusCode() != 202) {
							this.failures.computeIfAbsent("http" + response.statusCode(), (k) -> new AtomicInteger())
								.incrementAndGet();
						}
						else {
							// from the intended send time: a slow answer delays no later request
							this.acceptNanos.add(now - due);
							if (report) {
								this.reports.incrementAndGet();
							}
							else {
								Matcher m = TRACKING_CODE.matcher(response.body());
								if (m.find()) {
									this.complaints.put(m.group(1), now);
								}
							}
							accepted.accept(n);
						}
					}
					finally {
						this.inFlight.decrementAndGet();
					}
				});
			}
			this.end = System.nanoTime();
		}

		void awaitAnswers(Duration max) {
			long until = System.nanoTime() + max.toNanos();
			while (this.inFlight.get() > 0 && System.nanoTime() < until) {
				sleep(50);
			}
		}

	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// ---------------------------------------------------------------- case-status reader

	static final Pattern FIELD = Pattern.compile("\"(type|id|caseId|channel|change|status|caseVersion|respondBy)\"\\s*:\\s*(\"[^\"]*\"|[0-9]+)");

	/** What one CaseStatusChanged says, from its CloudEvents JSON. */
	record StatusEvent(String id, String caseId, String channel, String change, String status, long version,
			String respondBy) {

		static StatusEvent parse(String json) {
			Map<String, String> f = new HashMap<>();
			Matcher m = FIELD.matcher(json);
			while (m.find()) {
				f.putIfAbsent(m.group(1), m.group(2).replace("\"", ""));
			}
			if (!STATUS_CHANGED.equals(f.get("type"))) {
				return null;
			}
			return new StatusEvent(f.get("id"), f.get("caseId"), f.get("channel"), f.getOrDefault("change", "OPENED"),
					f.get("status"), Long.parseLong(f.getOrDefault("caseVersion", "0")), f.get("respondBy"));
		}

	}

	static KafkaConsumer<String, String> consumer(String bootstrap) {
		Properties p = new Properties();
		p.put("bootstrap.servers", bootstrap);
		p.put("key.deserializer", StringDeserializer.class.getName());
		p.put("value.deserializer", StringDeserializer.class.getName());
		p.put("enable.auto.commit", "false");
		p.put("max.poll.records", "2000");
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
		List<TopicPartition> partitions = consumer.partitionsFor(CASE_STATUS, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(CASE_STATUS, info.partition()))
			.toList();
		consumer.assign(partitions);
		return consumer;
	}

	// ---------------------------------------------------------------- e2e

	static final class E2e {

		final String intake = prop("intake", "http://localhost:8080");

		final List<String> services = List.of(prop("services", this.intake).split(","));

		final String statistics = prop("statistics", "http://localhost:8084");

		final long pid = Long.parseLong(prop("pid", "0"));

		/** case id → nanoTime its OPENED event was read */
		final Map<String, Long> opened = new ConcurrentHashMap<>();

		/** nanoTimes of whistleblower OPENED events */
		final ConcurrentLinkedQueue<Long> reportsOpened = new ConcurrentLinkedQueue<>();

		final AtomicLong counter = new AtomicLong();

		final List<Map<String, Object>> results = new ArrayList<>();

		long totalComplaints;

		long totalReports;

		void run() throws Exception {
			KafkaConsumer<String, String> consumer = consumer(prop("kafka", "localhost:9092"));
			consumer.seekToEnd(consumer.assignment());
			consumer.assignment().forEach(consumer::position);
			CountDownLatch stop = new CountDownLatch(1);
			Thread reader = new Thread(() -> {
				while (stop.getCount() > 0) {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
						long now = System.nanoTime();
						StatusEvent event = StatusEvent.parse(record.value());
						if (event != null && "OPENED".equals(event.change())) {
							if ("WHISTLEBLOWER".equals(event.channel())) {
								this.reportsOpened.add(now);
							}
							else {
								this.opened.putIfAbsent(event.caseId(), now);
							}
						}
					}
				}
				consumer.close();
			}, "case-status-reader");
			reader.setDaemon(true);
			reader.start();

			int seconds = intProp("seconds", 60);
			List<Integer> rates = Arrays.stream(prop("rates", "100 250 500").trim().split("[ ,]+"))
				.map(Integer::parseInt)
				.toList();
			for (int rate : rates) {
				print(run(rate, seconds, "fixed"));
			}
			int searchSeconds = intProp("searchSeconds", 30);
			int steps = intProp("searchSteps", 3);
			int max = intProp("maxRate", 2000);
			int lo = 0;
			int hi = 0;
			for (Map<String, Object> r : this.results) {
				int rate = (int) r.get("offered_per_s");
				if ((boolean) r.get("ok")) {
					lo = Math.max(lo, rate);
				}
				else if (hi == 0 || rate < hi) {
					hi = rate;
				}
			}
			// up by half again while it holds, then halve the gap
			while (hi == 0 && lo > 0 && steps > 0) {
				int rate = Math.min(max, lo * 3 / 2);
				Map<String, Object> r = run(rate, searchSeconds, "search");
				print(r);
				steps--;
				if ((boolean) r.get("ok")) {
					lo = rate;
					if (rate == max) {
						break;
					}
				}
				else {
					hi = rate;
				}
			}
			while (steps-- > 0 && hi > 0 && hi - lo > 10) {
				int rate = Math.max(10, (lo + hi) / 20 * 10);
				if (rate <= lo || rate >= hi) {
					break;
				}
				Map<String, Object> r = run(rate, searchSeconds, "search");
				print(r);
				if ((boolean) r.get("ok")) {
					lo = rate;
				}
				else {
					hi = rate;
				}
			}
			Map<String, Object> best = null;
			for (Map<String, Object> r : this.results) {
				if ((boolean) r.get("ok") && (best == null
						|| (int) r.get("offered_per_s") > (int) best.get("offered_per_s"))) {
					best = r;
				}
			}
			// and everything offered in the whole run, counted once more at the end
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(intProp("drainSeconds", 120));
			while (System.nanoTime() < until && missing() > 0) {
				sleep(500);
			}
			long missing = missing();
			long counted = statisticsTotal(this.statistics);
			System.out.printf("whole run: %d complaints and %d reports accepted, %d never reached case-status, "
					+ "statistics counts %d%n", this.totalComplaints, this.totalReports, missing, counted);
			stop.countDown();
			if (best == null) {
				System.out.println("no rate was sustained; the lowest tried:");
				best = this.results.stream()
					.min((a, b) -> Integer.compare((int) a.get("offered_per_s"), (int) b.get("offered_per_s")))
					.orElseThrow();
			}
			Map<String, Object> last = new LinkedHashMap<>(best);
			last.put("lost_total", missing);
			last.put("stats_total", counted);
			last.put("accepted_total", this.totalComplaints + this.totalReports);
			print(last);
		}

		long missing() {
			long complaintsMissing = this.acceptedCodes.stream().filter((c) -> !this.opened.containsKey(c)).count();
			return complaintsMissing + Math.max(0, this.totalReports - this.reportsOpened.size());
		}

		final Set<String> acceptedCodes = ConcurrentHashMap.newKeySet();

		void print(Map<String, Object> r) {
			StringBuilder line = new StringBuilder();
			r.forEach((k, v) -> {
				if (!k.equals("ok") && !k.startsWith("_")) {
					line.append(line.isEmpty() ? "" : " ").append(k).append('=').append(v);
				}
			});
			if (r.containsKey("_perService")) {
				System.out.println("  store ops per complaint by service: " + r.get("_perService"));
			}
			System.out.println(line);
		}

		Map<String, Object> run(int rate, int seconds, String kind) {
			// a run starts on an empty pipeline: everything intake answered 202 (also answers
			// that reached us too late) is counted by statistics first
			long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(intProp("drainSeconds", 120));
			double backlog;
			while ((backlog = accepted202(this.intake) - statisticsTotal(this.statistics)) > 0
					&& System.nanoTime() < quiet) {
				sleep(1000);
			}
			if (backlog > 0) {
				System.out.printf("   (starting with a backlog of %d submissions not yet counted)%n",
						Math.round(backlog));
			}
			System.out.printf("-- %s: %d/s for %d s (%s)%n", kind, rate, seconds, loadAverage());
			Map<String, Double> opsBefore = storeOps();
			double answeredBefore = accepted202(this.intake);
			int reportsOpenedBefore = this.reportsOpened.size();
			Offering offering = new Offering();
			offering.offer(this.intake, rate, (long) rate * seconds, this.counter.getAndAdd((long) rate * seconds), 10,
					"bench-%d@example.org", (n) -> {
					});
			offering.awaitAnswers(Duration.ofSeconds(35));
			this.acceptedCodes.addAll(offering.complaints.keySet());
			this.totalComplaints += offering.complaints.size();
			this.totalReports += offering.reports.get();
			// drained: every accepted complaint has its case, and as many reports as accepted
			long drainUntil = offering.end + TimeUnit.SECONDS.toNanos(intProp("drainSeconds", 120));
			long drainedAt = -1;
			while (System.nanoTime() < drainUntil) {
				long missing = offering.complaints.keySet().stream().filter((c) -> !this.opened.containsKey(c)).count()
						+ Math.max(0, offering.reports.get() - (this.reportsOpened.size() - reportsOpenedBefore));
				if (missing == 0) {
					drainedAt = System.nanoTime();
					break;
				}
				sleep(100);
			}
			long lost = offering.complaints.keySet().stream().filter((c) -> !this.opened.containsKey(c)).count()
					+ Math.max(0, offering.reports.get() - (this.reportsOpened.size() - reportsOpenedBefore));
			Map<String, Double> opsAfter = storeOps();
			// per submission the services took in: a 202 that reached us too late still cost
			double answered = Math.max(1, accepted202(this.intake) - answeredBefore);
			List<Long> queue = new ArrayList<>();
			long inWindow = 0;
			for (Map.Entry<String, Long> c : offering.complaints.entrySet()) {
				Long at = this.opened.get(c.getKey());
				if (at != null) {
					queue.add(at - c.getValue());
					if (at <= offering.end) {
						inWindow++;
					}
				}
			}
			for (Long at : this.reportsOpened) {
				if (at >= offering.start && at <= offering.end) {
					inWindow++;
				}
			}
			List<Long> accept = new ArrayList<>(offering.acceptNanos);
			double window = (offering.end - offering.start) / 1e9;
			double drainSeconds = (drainedAt < 0) ? -1 : Math.max(0, (drainedAt - offering.end) / 1e9);
			int accepted = offering.accepted();
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("offered_per_s", rate);
			r.put("e2e_per_s", Math.round(inWindow / window));
			r.put("accept_p50_ms", millis(percentile(accept, 50)));
			r.put("accept_p99_ms", millis(percentile(accept, 99)));
			r.put("queue_p50_ms", millis(percentile(queue, 50)));
			r.put("queue_p99_ms", millis(percentile(queue, 99)));
			double ops = 0;
			Map<String, String> perService = new LinkedHashMap<>();
			for (String service : opsAfter.keySet()) {
				double delta = opsAfter.get(service) - opsBefore.getOrDefault(service, 0.0);
				ops += delta;
				perService.put(service.replaceAll("^https?://", ""),
						String.format("%.1f", delta / answered));
			}
			r.put("store_ops_per_complaint", String.format("%.1f", ops / answered));
			r.put("_perService", perService);
			r.put("store_bound_per_s", prop("storeBound", "?"));
			r.put("store_bulk_per_s", prop("storeBulk", "?"));
			r.put("broker_bound_per_s", prop("brokerBound", "?"));
			r.put("rss_mb", rssMb(this.pid));
			r.put("offered", offering.offered.get());
			r.put("accepted", accepted);
			r.put("answered_202", Math.round(answered));
			r.put("failed", offering.failed());
			r.put("drain_s", (drainSeconds < 0) ? "timeout" : String.format("%.1f", drainSeconds));
			r.put("lost", lost);
			r.put("load", loadAverage().replace(' ', '/'));
			// sustained: everything accepted, and the backlog gone soon after the offering
			// stopped
			boolean ok = offering.failed() == 0 && drainSeconds >= 0
					&& drainSeconds <= intProp("sustainDrainSeconds", 10);
			r.put("sustained", ok ? "yes" : "no");
			r.put("ok", ok);
			if (!offering.failures.isEmpty()) {
				System.out.println("  failures: " + offering.failures);
			}
			this.results.add(r);
			return r;
		}

		Map<String, Double> storeOps() {
			Map<String, Double> ops = new LinkedHashMap<>();
			for (String service : this.services) {
				ops.put(service, SujaritBench.storeOps(service));
			}
			return ops;
		}

	}

	static double storeOps(String service) {
		return metricSum(service, "mongodb_driver_commands_seconds_count", "");
	}

	/** Submissions the service answered 202 (also those whose answer came too late for us). */
	static double accepted202(String intake) {
		return metricSum(intake, "http_server_requests_seconds_count", "status=\"202\"");
	}

	static double metricSum(String service, String name, String label) {
		try {
			String text = HTTP
				.send(HttpRequest.newBuilder(URI.create(service + "/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			double sum = 0;
			for (String line : text.split("\n")) {
				if (line.startsWith(name + "{") && line.contains(label)) {
					sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return sum;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	static long percentile(List<Long> values, int p) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
	}

	static String millis(long nanos) {
		return (nanos < 0) ? "na" : String.valueOf(Math.round(nanos / 1e6));
	}

	static long rssMb(long pid) {
		if (pid <= 0) {
			return -1;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// gone
		}
		return -1;
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return "load " + parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "load ?";
		}
	}

	static int fiscalYear() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Bangkok"));
		return ((now.getMonthValue() >= 10) ? now.getYear() + 1 : now.getYear()) + 543;
	}

	static long statisticsTotal(String statistics) {
		try {
			String body = HTTP.send(
					HttpRequest.newBuilder(URI.create(statistics + "/api/v1/statistics/" + fiscalYear())).build(),
					HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher m = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)").matcher(body);
			return m.find() ? Long.parseLong(m.group(1)) : -1;
		}
		catch (IOException | InterruptedException ex) {
			return -1;
		}
	}

	// ---------------------------------------------------------------- send (faults)

	/**
	 * Offers {@code complaints} complaints with a report every tenth request until
	 * {@code reports} reports went out; writes each accepted tracking code (and "WB" per
	 * accepted report) to {@code out}, one line each. A request whose answer never came
	 * (the service was killed) is not accepted: the citizen was not told it was.
	 */
	static void send() throws Exception {
		String intake = prop("intake", "http://localhost:8080");
		int complaints = intProp("complaints", 10000);
		int reports = intProp("reports", 1000);
		int total = complaints + reports;
		int reportEvery = (reports > 0) ? Math.max(2, total / reports) : 0;
		Path out = Path.of(prop("out", "accepted.txt"));
		Offering offering = new Offering();
		// the script starts its faults once the load is flowing
		Path started = Path.of(out + ".started");
		java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
		offering.offer(intake, intProp("rate", 100), total, 0, reportEvery, "bench-%d@example.org", (n) -> {
			if (first.getAndSet(false)) {
				try {
					Files.writeString(started, "");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
		offering.awaitAnswers(Duration.ofSeconds(35));
		java.io.Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
		for (String code : offering.complaints.keySet()) {
			writer.write(code + "\n");
		}
		for (int i = 0; i < offering.reports.get(); i++) {
			writer.write("WB\n");
		}
		writer.close();
		System.out.printf("offered=%d accepted_complaints=%d accepted_reports=%d failed=%d %s%n",
				offering.offered.get(), offering.complaints.size(), offering.reports.get(), offering.failed(),
				offering.failures);
	}

	// ---------------------------------------------------------------- check (faults)

	static void check() throws Exception {
		Path acceptedFile = Path.of(prop("accepted", "accepted.txt"));
		List<String> lines = Files.readAllLines(acceptedFile);
		Set<String> codes = new HashSet<>();
		int reports = 0;
		for (String line : lines) {
			if (line.equals("WB")) {
				reports++;
			}
			else if (!line.isBlank()) {
				codes.add(line);
			}
		}
		String intake = prop("intake", "http://localhost:8080");
		String bootstrap = prop("kafka", "localhost:9092");
		long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(intProp("drainSeconds", 300));
		Map<String, Set<Long>> openedVersions;
		Map<String, Integer> openedRecords;
		Map<String, StatusEvent> latest;
		int wbCases;
		Set<String> reportCases = new HashSet<>();
		while (true) {
			reportCases.clear();
			openedVersions = new HashMap<>();
			openedRecords = new HashMap<>();
			latest = new HashMap<>();
			try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
				consumer.seekToBeginning(consumer.assignment());
				Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
				while (ends.entrySet().stream().anyMatch((e) -> consumer.position(e.getKey()) < e.getValue())) {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
						StatusEvent event = StatusEvent.parse(record.value());
						if (event == null) {
							continue;
						}
						StatusEvent before = latest.get(event.caseId());
						if (before == null || before.version() < event.version()) {
							latest.put(event.caseId(), event);
						}
						if ("OPENED".equals(event.change())) {
							openedVersions.computeIfAbsent(event.caseId(), (k) -> new HashSet<>()).add(event.version());
							openedRecords.merge(event.caseId(), 1, Integer::sum);
							if ("WHISTLEBLOWER".equals(event.channel())) {
								reportCases.add(event.caseId());
							}
						}
					}
				}
			}
			wbCases = reportCases.size();
			Map<String, StatusEvent> seen = latest;
			long missing = codes.stream().filter((c) -> !seen.containsKey(c)).count()
					+ Math.max(0, reports - wbCases);
			if (missing == 0 || System.nanoTime() > drainUntil) {
				break;
			}
			sleep(2000);
		}
		Map<String, StatusEvent> latestFinal = latest;
		long lostComplaints = codes.stream().filter((c) -> !latestFinal.containsKey(c)).count();
		long lost = lostComplaints + Math.max(0, reports - wbCases);
		long duplicateCases = openedVersions.values().stream().filter((v) -> v.size() > 1).count();
		long redelivered = openedRecords.values().stream().mapToInt((n) -> n - 1).sum();
		long cases = openedVersions.size();

		// statistics count every case once: wait a little for the projection to catch up
		long statsUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(intProp("statsSeconds", 60));
		long counted;
		while ((counted = statisticsTotal(prop("statistics", "http://localhost:8084"))) != cases
				&& System.nanoTime() < statsUntil) {
			sleep(1000);
		}

		// every complaint's public status as its latest status event says
		long statusUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(intProp("statsSeconds", 60));
		Set<String> stale = ConcurrentHashMap.newKeySet();
		stale.addAll(codes);
		while (!stale.isEmpty() && System.nanoTime() < statusUntil) {
			Semaphore permits = new Semaphore(32);
			List<java.util.concurrent.CompletableFuture<?>> all = new ArrayList<>();
			for (String code : new ArrayList<>(stale)) {
				permits.acquire();
				all.add(HTTP
					.sendAsync(HttpRequest.newBuilder(URI.create(intake + "/api/v1/complaints/" + code)).build(),
							HttpResponse.BodyHandlers.ofString())
					.whenComplete((response, ex) -> {
						permits.release();
						StatusEvent event = latestFinal.get(code);
						if (ex == null && response.statusCode() == 200 && event != null
								&& upToDate(response.body(), event)) {
							stale.remove(code);
						}
					}));
			}
			java.util.concurrent.CompletableFuture.allOf(all.toArray(java.util.concurrent.CompletableFuture[]::new))
				.exceptionally((ex) -> null)
				.join();
			if (!stale.isEmpty()) {
				sleep(1000);
			}
		}

		String emails = "na";
		String emailsTotal = "na";
		if (!prop("imap", "").isEmpty()) {
			int[] mail = countMail(prop("imap", ""), Integer.parseInt(prop("mailboxes", "1000")));
			emailsTotal = String.valueOf(mail[0]);
			emails = String.valueOf(mail[1]);
		}
		System.out.printf(
				"accepted=%d lost=%d duplicate_cases=%d redelivered_opened_events=%d cases=%d stats_total=%d "
						+ "stats_mismatch=%d status_stale=%d emails=%s duplicate_emails=%s%n",
				codes.size() + reports, lost, duplicateCases, redelivered, cases, counted, Math.abs(counted - cases),
				stale.size(), emailsTotal, emails);
	}

	/**
	 * The public view shows the latest event's status and its due date (intake shows its
	 * own estimate of the due date until case-tracking's first event arrives).
	 */
	static boolean upToDate(String view, StatusEvent event) {
		Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"").matcher(view);
		Matcher respondBy = Pattern.compile("\"respondBy\"\\s*:\\s*\"([^\"]+)\"").matcher(view);
		return status.find() && status.group(1).equals(event.status()) && respondBy.find()
				&& event.respondBy() != null
				&& java.time.Instant.parse(respondBy.group(1)).equals(java.time.Instant.parse(event.respondBy()));
	}

	/**
	 * Reads every bench mailbox of the mail sink over IMAP (GreenMail makes a user per
	 * address, password = address) and counts messages and repeats: the same recipient,
	 * subject and body more than once.
	 */
	static int[] countMail(String imap, int mailboxes) throws Exception {
		String[] hostPort = imap.split(":");
		Session session = Session.getInstance(new Properties());
		int total = 0;
		int duplicates = 0;
		for (int box = 0; box < mailboxes; box++) {
			String address = "bench-" + box + "@example.org";
			Store store = session.getStore("imap");
			try {
				store.connect(hostPort[0], Integer.parseInt(hostPort[1]), address, address);
			}
			catch (jakarta.mail.AuthenticationFailedException ex) {
				// no mail ever reached this address
				continue;
			}
			try {
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				Set<String> seen = new HashSet<>();
				for (Message message : inbox.getMessages()) {
					total++;
					Object content = message.getContent();
					String key = message.getSubject() + "\n" + content;
					if (content instanceof jakarta.mail.Multipart multipart) {
						StringBuilder text = new StringBuilder(message.getSubject());
						for (int i = 0; i < multipart.getCount(); i++) {
							text.append('\n').append(multipart.getBodyPart(i).getContent());
						}
						key = text.toString();
					}
					if (!seen.add(key)) {
						duplicates++;
					}
				}
				inbox.close(false);
			}
			finally {
				store.close();
			}
		}
		return new int[] { total, duplicates };
	}

}
