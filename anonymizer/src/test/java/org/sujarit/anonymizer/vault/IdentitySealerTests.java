package org.sujarit.anonymizer.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.events.EventCodec;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.runtime.keys.Keysets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdentitySealerTests {

	private static final Reporter REPORTER = new Reporter("สมหญิง", "วงศ์สวัสดิ์", "1033076661939", "0619161461",
			"toon4430@yahoo.co.th", "toon4430_th", "171/1 หมู่ 7");

	@TempDir
	static Path keys;

	private static VaultKey key;

	private final EventCodec codec = new EventCodec("/sujarit/test");

	@BeforeAll
	static void makeKeys() {
		Keysets.ensureDevelopmentKeysets(keys);
		key = VaultKey.load(keys.resolve(Keysets.VAULT));
	}

	@Test
	void sealedIdentityOpensWithTheVaultKeyForItsSubmission() throws GeneralSecurityException {
		SealedIdentity sealed = new IdentitySealer(key, this.codec).seal("wb-1", REPORTER);
		byte[] plaintext = key.aead()
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), "wb-1".getBytes(StandardCharsets.UTF_8));
		assertThat(this.codec.fromJson(plaintext, Reporter.class)).isEqualTo(REPORTER);
		assertThat(sealed.keyId()).isEqualTo(key.keyId()).isPositive();
	}

	@Test
	void sealedIdentityShowsNoneOfTheReporterValues() {
		SealedIdentity sealed = new IdentitySealer(key, this.codec).seal("wb-1", REPORTER);
		String raw = new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8);
		for (String value : values(REPORTER)) {
			assertThat(sealed.ciphertext()).doesNotContain(value);
			assertThat(raw).doesNotContain(value);
		}
	}

	@Test
	void sealedIdentityDoesNotOpenForAnotherSubmission() {
		SealedIdentity sealed = new IdentitySealer(key, this.codec).seal("wb-1", REPORTER);
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> key.aead()
			.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), "wb-2".getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> values(Reporter reporter) {
		return List.of(reporter.firstName(), reporter.lastName(), reporter.nationalId(), reporter.phone(),
				reporter.email(), reporter.lineId(), reporter.address());
	}

}
