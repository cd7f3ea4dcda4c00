package org.sujarit.platform.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checks the shared infrastructure the way every integration test of the project uses it.
 */
@SujaritIntegrationTest
class InfrastructureIntegrationTests {

	private final Infrastructure infrastructure;

	InfrastructureIntegrationTests(Infrastructure infrastructure) {
		this.infrastructure = infrastructure;
	}

	@Test
	void sameInfrastructureIsGivenToConstructorsAndMethods(Infrastructure infrastructure) {
		assertThat(infrastructure).isSameAs(this.infrastructure);
		assertThat(infrastructure.mode()).isIn(Infrastructure.EMBEDDED, Infrastructure.CONTAINERS);
	}

	@Test
	void springBootPropertiesPointAtTheInfrastructure() {
		assertThat(System.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(this.infrastructure.kafkaBootstrapServers());
		assertThat(System.getProperty("spring.mongodb.uri")).isEqualTo(this.infrastructure.mongoUri());
		assertThat(this.infrastructure.mongoUri()).matches("mongodb://[^/]+:\\d+");
	}

	@Test
	void storeReportsAVersionCurrentClientsAccept() {
		try (MongoClient client = MongoClients.create(this.infrastructure.mongoUri())) {
			Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
			// pymongo 4.18 refuses wire versions below 9; MongoDB 5.0 is 13
			assertThat(hello.getInteger("maxWireVersion")).isGreaterThanOrEqualTo(13);
			Document build = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
			assertThat(build.getList("versionArray", Integer.class).get(0)).isGreaterThanOrEqualTo(5);
		}
	}

	@Test
	void recordProducedWithAcksAllIsReadBackFromTheStartOfTheTopic() throws Exception {
		String topic = "test-kit.round-trip." + UUID.randomUUID();
		String canary = "canary-" + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, "case-1",
					"{\"reporter\":\"" + canary + "\"}");
			record.headers().add("x-error", ("failed for " + canary).getBytes());
			producer.send(record).get();
			producer.send(new ProducerRecord<>(topic, "case-2", "second")).get();
		}

		List<TopicRecord> records = TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), topic);

		assertThat(records).extracting(TopicRecord::key).containsExactly("case-1", "case-2");
		assertThat(records.get(0).valueAsString()).contains(canary);
		assertThat(records.get(0).headers()).singleElement()
			.satisfies((header) -> assertThat(header.valueAsString()).isEqualTo("failed for " + canary));
		assertThat(records).filteredOn((record) -> record.contains(canary)).hasSize(1);
		assertThat(TopicReader.readAllValues(this.infrastructure.kafkaBootstrapServers(), topic))
			.containsExactly("{\"reporter\":\"" + canary + "\"}", "second");
		assertThat(TopicReader.readAllKeysAndValues(this.infrastructure.kafkaBootstrapServers(), topic))
			.extracting((entry) -> entry.getKey() + "=" + entry.getValue())
			.containsExactly("case-1={\"reporter\":\"" + canary + "\"}", "case-2=second");
		assertThat(TopicReader.listTopics(this.infrastructure.kafkaBootstrapServers())).contains(topic);
	}

	@Test
	void readingATopicThatDoesNotExistFindsNothingAndDoesNotCreateIt() {
		String topic = "test-kit.missing." + UUID.randomUUID();

		assertThat(TopicReader.readAll(this.infrastructure.kafkaBootstrapServers(), topic, Duration.ofSeconds(10)))
			.isEmpty();
		assertThat(TopicReader.listTopics(this.infrastructure.kafkaBootstrapServers())).doesNotContain(topic);
	}

	@Test
	void documentWrittenThroughTheDriverIsReadBackAndFoundInTheDump() {
		String database = "testkit_" + UUID.randomUUID().toString().replace("-", "");
		String canary = "canary-" + UUID.randomUUID();
		try (MongoClient client = MongoClients.create(this.infrastructure.mongoUri())) {
			MongoCollection<Document> complaints = client.getDatabase(database).getCollection("complaints");
			complaints.insertOne(new Document("_id", "C-1").append("reporter", canary));

			assertThat(complaints.find(Filters.eq("_id", "C-1")).first()).containsEntry("reporter", canary);
		}

		String mongoUri = this.infrastructure.mongoUri();
		assertThat(MongoDump.listDatabaseNames(mongoUri)).contains(database);
		assertThat(MongoDump.dumpAll(mongoUri, MongoDump.SYSTEM_DATABASES)).anyMatch((json) -> json.contains(canary));
		assertThat(MongoDump.dumpDatabase(mongoUri, database)).singleElement()
			.satisfies((json) -> assertThat(json).contains("\"_id\": \"C-1\"").contains(canary));
		assertThat(MongoDump.dumpByCollection(mongoUri, MongoDump.SYSTEM_DATABASES))
			.containsKey(database + ".complaints");
		// the oplog in "local" keeps its own copy of every insert
		assertThat(MongoDump.dumpAll(mongoUri, Set.of(database, "local"))).noneMatch((json) -> json.contains(canary));
	}

	@Test
	void changeStreamSeesAnInsert() {
		String database = "testkit_" + UUID.randomUUID().toString().replace("-", "");
		try (MongoClient client = MongoClients.create(this.infrastructure.mongoUri())) {
			MongoCollection<Document> outbox = client.getDatabase(database).getCollection("outbox");
			try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> changes = outbox.watch().cursor()) {
				outbox.insertOne(new Document("_id", "E-1"));

				ChangeStreamDocument<Document> change = await().atMost(Duration.ofSeconds(10))
					.until(changes::tryNext, (next) -> next != null);
				assertThat(change.getDocumentKey().getString("_id").getValue()).isEqualTo("E-1");
			}
		}
	}

	private Properties producerProperties() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.infrastructure.kafkaBootstrapServers());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		return properties;
	}

}
