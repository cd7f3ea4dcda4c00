package org.sujarit.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTests {

	@TempDir
	Path folder;

	@Test
	void makesAPrivateRsaKeyOnceAndReadsTheSameKeyAfterwards() throws Exception {
		Path file = this.folder.resolve("keys/staff-sign-in-jwk.json");

		JWKSet made = SigningKeys.loadOrCreate(file);
		JWKSet read = SigningKeys.loadOrCreate(file);

		assertThat(made.getKeys()).singleElement().isInstanceOf(RSAKey.class);
		RSAKey key = (RSAKey) made.getKeys().get(0);
		assertThat(key.isPrivate()).isTrue();
		assertThat(key.size()).isEqualTo(2048);
		assertThat(read.getKeys().get(0).getKeyID()).isEqualTo(key.getKeyID());
		assertThat(((RSAKey) read.getKeys().get(0)).toRSAPublicKey()).isEqualTo(key.toRSAPublicKey());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var left = Files.list(file.getParent())) {
			assertThat(left).as("no temporary file left behind").containsExactly(file);
		}
	}

	@Test
	void refusesAFileWithoutAPrivateKey() throws Exception {
		Path file = this.folder.resolve("public-only.json");
		JWKSet made = SigningKeys.loadOrCreate(this.folder.resolve("full.json"));
		Files.writeString(file, made.toPublicJWKSet().toString());

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
			.withMessageContaining("no private RSA key");
	}

	@Test
	void refusesAFileThatIsNoJwkSet() throws Exception {
		Path file = this.folder.resolve("garbage.json");
		Files.writeString(file, "not json");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
			.withMessageContaining("not a JWK set");
	}

}
