package org.sujarit.anonymizer.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.keys.Keysets;
import org.sujarit.platform.testkit.Infrastructure;
import org.sujarit.platform.testkit.LogCapture;
import org.sujarit.platform.testkit.SujaritIntegrationTest;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Key rotation over a vault in the real store: seal under the old key, rotate, reseal,
 * disable the old key.
 */
@SujaritIntegrationTest
class VaultResealIntegrationTests {

	private static final List<Reporter> REPORTERS = List.of(
			new Reporter("สมหญิง", "วงศ์สวัสดิ์", "1033076661939", "0619161461", "toon4430@yahoo.co.th", "toon4430_th",
					"171/1 หมู่ 7"),
			new Reporter("ประยุทธ", "คงมั่น", "5741100001233", "0623334444", "prayut.k@hotmail.com", "prayut_k",
					"๙๙/๑ หมู่ ๓"),
			new Reporter("John", "Miller", null, "0812223333", null, null, null));

	private final EventCodec codec = new EventCodec("/sujarit/test");

	@TempDir
	Path keys;

	private Path keyset;

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void setUp(Infrastructure infrastructure) {
		Keysets.ensureDevelopmentKeysets(this.keys);
		this.keyset = this.keys.resolve(Keysets.VAULT);
		this.client = MongoClients.create(infrastructure.mongoUri());
		this.mongo = new MongoTemplate(this.client, "vault-reseal-" + UUID.randomUUID());
	}

	@AfterEach
	void tearDown() {
		this.mongo.getDb().drop();
		this.client.close();
	}

	@Test
	void resealMovesEverySealedIdentityToTheNewKeyAndTheOldKeyCanThenGo() throws Exception {
		VaultKey old = VaultKey.load(this.keyset);
		for (int i = 0; i < REPORTERS.size(); i++) {
			insert("wb-" + i, new IdentitySealer(old, this.codec).seal("wb-" + i, REPORTERS.get(i)));
		}
		insertAnonymous("wb-anonymous");
		Document before = this.mongo.findById("wb-0", Document.class, IdentityVault.COLLECTION);

		VaultKeyset.rotate(this.keyset);
		VaultKey current = VaultKey.load(this.keyset);
		// sealed after the rotation (the anonymizer restarted): already under the new key
		insert("wb-new", new IdentitySealer(current, this.codec).seal("wb-new", REPORTERS.get(0)));

		VaultResealer.Result result;
		try (LogCapture logs = new LogCapture().start()) {
			result = new VaultResealer(this.mongo, current).resealAll();
			assertThat(String.join("\n", logs.lines())).doesNotContain("สมหญิง", "0619161461", "toon4430");
		}

		assertThat(result).isEqualTo(new VaultResealer.Result(current.keyId(), 4, 3, 0, 0, 0));
		for (int i = 0; i < REPORTERS.size(); i++) {
			Document entry = this.mongo.findById("wb-" + i, Document.class, IdentityVault.COLLECTION);
			SealedIdentity sealed = new SealedIdentity(entry.getString("sealedIdentity"), entry.getLong("keyId"));
			assertThat(sealed.keyId()).isEqualTo(current.keyId());
			assertThat(VaultKeysetTests.tinkKeyId(sealed)).isEqualTo(current.keyId());
			assertThat(open(current, "wb-" + i, sealed)).isEqualTo(REPORTERS.get(i));
			// only the sealed identity and its key changed
			assertThat(entry.getString("pseudonym")).isEqualTo("Quiet Heron " + i);
			assertThat(entry.getList("outbox", Document.class)).hasSize(1);
		}
		assertThat(this.mongo.findById("wb-anonymous", Document.class, IdentityVault.COLLECTION))
			.doesNotContainKeys("sealedIdentity", "keyId");

		// nothing left under the old key: disable it; everything still opens
		VaultKeyset.disableAllButPrimary(this.keyset);
		VaultKey pruned = VaultKey.load(this.keyset);
		for (String id : List.of("wb-0", "wb-1", "wb-2", "wb-new")) {
			Document entry = this.mongo.findById(id, Document.class, IdentityVault.COLLECTION);
			assertThat(open(pruned, id, new SealedIdentity(entry.getString("sealedIdentity"), entry.getLong("keyId"))))
				.isNotNull();
		}
		SealedIdentity oldCiphertext = new SealedIdentity(before.getString("sealedIdentity"), before.getLong("keyId"));
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> open(pruned, "wb-0", oldCiphertext));

		// running it again finds nothing to do
		assertThat(new VaultResealer(this.mongo, pruned).resealAll())
			.isEqualTo(new VaultResealer.Result(current.keyId(), 4, 0, 0, 0, 0));
	}

	@Test
	void entryThatDoesNotOpenIsCountedAndLeftAlone() {
		VaultKey foreign = foreignKey();
		insert("wb-foreign", new IdentitySealer(foreign, this.codec).seal("wb-foreign", REPORTERS.get(0)));
		VaultKey old = VaultKey.load(this.keyset);
		// sealed for another submission: the associated data does not match
		insert("wb-moved", new IdentitySealer(old, this.codec).seal("wb-elsewhere", REPORTERS.get(1)));
		VaultKeyset.rotate(this.keyset);
		VaultKey current = VaultKey.load(this.keyset);

		VaultResealer.Result result;
		try (LogCapture logs = new LogCapture().start()) {
			result = new VaultResealer(this.mongo, current).resealAll();
			assertThat(logs.lines()).anyMatch((line) -> line.contains("wb-foreign"))
				.anyMatch((line) -> line.contains("wb-moved"));
		}
		assertThat(result.failed()).isEqualTo(2);
		assertThat(result.resealed()).isZero();
		assertThat(result.remaining()).isEqualTo(2);
	}

	private VaultKey foreignKey() {
		Path other = this.keys.resolve("other");
		Keysets.ensureDevelopmentKeysets(other);
		return VaultKey.load(other.resolve(Keysets.VAULT));
	}

	private void insert(String submissionId, SealedIdentity sealed) {
		int number = submissionId.startsWith("wb-") && Character.isDigit(submissionId.charAt(3))
				? Integer.parseInt(submissionId.substring(3)) : 99;
		this.mongo.insert(
				new Document("_id", submissionId).append("pseudonym", "Quiet Heron " + number)
					.append("identitySealed", true)
					.append("sealedIdentity", sealed.ciphertext())
					.append("keyId", sealed.keyId())
					.append("receivedAt", new Date())
					.append("sealedAt", new Date())
					.append("outbox", List.of(new Document("id", "sanitized-" + submissionId))),
				IdentityVault.COLLECTION);
	}

	private void insertAnonymous(String submissionId) {
		this.mongo.insert(new Document("_id", submissionId).append("pseudonym", "Calm Lotus 11")
			.append("identitySealed", false)
			.append("receivedAt", new Date()), IdentityVault.COLLECTION);
	}

	private Reporter open(VaultKey key, String submissionId, SealedIdentity sealed) throws GeneralSecurityException {
		byte[] plaintext = key.aead()
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), submissionId.getBytes(StandardCharsets.UTF_8));
		return this.codec.fromJson(plaintext, Reporter.class);
	}

}
