package org.sujarit.anonymizer.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.keys.Keysets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VaultKeysetTests {

	private static final Reporter REPORTER = new Reporter("สมหญิง", "วงศ์สวัสดิ์", "1033076661939", "0619161461",
			"toon4430@yahoo.co.th", "toon4430_th", "171/1 หมู่ 7");

	private final EventCodec codec = new EventCodec("/sujarit/test");

	@TempDir
	Path keys;

	private Path keyset;

	@BeforeEach
	void makeKeys() {
		Keysets.ensureDevelopmentKeysets(this.keys);
		this.keyset = this.keys.resolve(Keysets.VAULT);
	}

	@Test
	void rotationAddsANewPrimaryAndOldSealsStillOpen() throws GeneralSecurityException {
		VaultKey old = VaultKey.load(this.keyset);
		SealedIdentity sealedBefore = new IdentitySealer(old, this.codec).seal("wb-1", REPORTER);

		VaultKeyset.Rotation rotation = VaultKeyset.rotate(this.keyset);

		VaultKey rotated = VaultKey.load(this.keyset);
		assertThat(rotation.previousPrimaryId()).isEqualTo(old.keyId());
		assertThat(rotation.primaryId()).isEqualTo(rotated.keyId()).isNotEqualTo(old.keyId());
		assertThat(rotation.keys()).isEqualTo(2);
		assertThat(VaultKeyset.enabledKeyIds(this.keyset)).containsExactly(rotated.keyId(), old.keyId());
		assertThat(open(rotated, "wb-1", sealedBefore)).isEqualTo(REPORTER);

		SealedIdentity sealedAfter = new IdentitySealer(rotated, this.codec).seal("wb-2", REPORTER);
		assertThat(sealedAfter.keyId()).isEqualTo(rotated.keyId());
		// the key id the vault records is the one Tink wrote into the ciphertext
		assertThat(tinkKeyId(sealedAfter)).isEqualTo(rotated.keyId());
		assertThat(tinkKeyId(sealedBefore)).isEqualTo(old.keyId());
		// the old keyset cannot open what the new key sealed
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> open(old, "wb-2", sealedAfter));
	}

	@Test
	void rotatingAgainKeepsEveryKey() {
		long first = VaultKey.load(this.keyset).keyId();
		long second = VaultKeyset.rotate(this.keyset).primaryId();
		long third = VaultKeyset.rotate(this.keyset).primaryId();
		assertThat(VaultKeyset.enabledKeyIds(this.keyset)).containsExactly(third, first, second);
	}

	@Test
	void disablingOldKeysStopsThemOpeningButKeepsThePrimary() throws GeneralSecurityException {
		VaultKey old = VaultKey.load(this.keyset);
		SealedIdentity sealedBefore = new IdentitySealer(old, this.codec).seal("wb-1", REPORTER);
		long primary = VaultKeyset.rotate(this.keyset).primaryId();
		SealedIdentity sealedAfter = new IdentitySealer(VaultKey.load(this.keyset), this.codec).seal("wb-2", REPORTER);

		assertThat(VaultKeyset.disableAllButPrimary(this.keyset)).containsExactly(old.keyId());

		VaultKey current = VaultKey.load(this.keyset);
		assertThat(current.keyId()).isEqualTo(primary);
		assertThat(VaultKeyset.enabledKeyIds(this.keyset)).containsExactly(primary);
		assertThat(open(current, "wb-2", sealedAfter)).isEqualTo(REPORTER);
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> open(current, "wb-1", sealedBefore));
		assertThat(VaultKeyset.disableAllButPrimary(this.keyset)).isEmpty();
	}

	@Test
	void rewrittenKeysetKeepsItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
		Files.setPosixFilePermissions(this.keyset, PosixFilePermissions.fromString("rw-------"));
		VaultKeyset.rotate(this.keyset);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.keyset))).isEqualTo("rw-------");
		try (var files = Files.list(this.keys)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((name) -> name.endsWith(".tmp"));
		}
	}

	@Test
	void notAKeysetIsRefusedAndLeftAlone() throws Exception {
		Path file = this.keys.resolve("broken.json");
		Files.writeString(file, "{\"not\": \"a keyset\"}");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> VaultKeyset.rotate(file));
		assertThat(Files.readString(file)).isEqualTo("{\"not\": \"a keyset\"}");
	}

	private Reporter open(VaultKey key, String submissionId, SealedIdentity sealed) throws GeneralSecurityException {
		byte[] plaintext = key.aead()
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), submissionId.getBytes(StandardCharsets.UTF_8));
		return this.codec.fromJson(plaintext, Reporter.class);
	}

	/**
	 * The key id in a Tink ciphertext: a version byte, then the id, big-endian.
	 */
	static long tinkKeyId(SealedIdentity sealed) {
		byte[] ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
		assertThat(ciphertext[0]).isEqualTo((byte) 1);
		return Integer.toUnsignedLong(ByteBuffer.wrap(ciphertext, 1, 4).getInt());
	}

}
