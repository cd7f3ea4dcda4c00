package org.sujarit.platform.runtime.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
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
	void keysAreReadableByTheirOwnerOnly(@TempDir Path parent) throws Exception {
		Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		// as ./data/keys: a folder the keysets make themselves, under a umask that lets
		// everyone read
		Path keys = parent.resolve("data").resolve("keys");

		Keysets.ensureDevelopmentKeysets(keys);

		assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		for (String name : List.of(Keysets.SEALING_PRIVATE, Keysets.SEALING_PUBLIC, Keysets.VAULT,
				Keysets.RECEIPT_PEPPER)) {
			assertThat(Files.getPosixFilePermissions(keys.resolve(name))).as(name)
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void keysMadeBeforeAreNarrowedToTheirOwner(@TempDir Path keys) throws Exception {
		Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Keysets.ensureDevelopmentKeysets(keys);
		Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(keys.resolve(Keysets.SEALING_PRIVATE),
				PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(Keysets.ensureDevelopmentKeysets(keys)).isFalse();

		assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(Files.getPosixFilePermissions(keys.resolve(Keysets.SEALING_PRIVATE)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
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
