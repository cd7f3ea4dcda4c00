package org.sujarit.platform.runtime.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetsTests {

	@Test
	void sealedReportOpensOnlyWithTheSameContext(@TempDir Path keys) throws Exception {
		assertThat(Keysets.ensureDevelopmentKeysets(keys)).isTrue();
		byte[] plaintext = "รายงานลับ".getBytes(StandardCharsets.UTF_8);
		byte[] sealed = Keysets.sealer(keys.resolve(Keysets.SEALING_PUBLIC))
			.encrypt(plaintext, "submission-1".getBytes(StandardCharsets.UTF_8));

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("รายงาน");
		assertThat(Keysets.opener(keys.resolve(Keysets.SEALING_PRIVATE))
			.decrypt(sealed, "submission-1".getBytes(StandardCharsets.UTF_8))).isEqualTo(plaintext);
		assertThatThrownBy(() -> Keysets.opener(keys.resolve(Keysets.SEALING_PRIVATE))
			.decrypt(sealed, "submission-2".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(GeneralSecurityException.class);
	}

	@Test
	void publicKeysetHoldsNoSecretAndKeysAreMadeOnlyOnce(@TempDir Path keys) throws Exception {
		Keysets.ensureDevelopmentKeysets(keys);
		String privateBefore = Files.readString(keys.resolve(Keysets.SEALING_PRIVATE));
		assertThat(Keysets.ensureDevelopmentKeysets(keys)).isFalse();
		assertThat(Files.readString(keys.resolve(Keysets.SEALING_PRIVATE))).isEqualTo(privateBefore);
		assertThat(Files.readString(keys.resolve(Keysets.SEALING_PUBLIC))).contains("ASYMMETRIC_PUBLIC")
			.doesNotContain("ASYMMETRIC_PRIVATE");
	}

	@Test
	void vaultEncryptsIdentityAtRest(@TempDir Path keys) throws Exception {
		Keysets.ensureDevelopmentKeysets(keys);
		var aead = Keysets.vault(keys.resolve(Keysets.VAULT));
		byte[] sealed = aead.encrypt("1234567890123".getBytes(StandardCharsets.UTF_8), "s-1".getBytes());
		assertThat(new String(aead.decrypt(sealed, "s-1".getBytes()), StandardCharsets.UTF_8))
			.isEqualTo("1234567890123");
	}

}
