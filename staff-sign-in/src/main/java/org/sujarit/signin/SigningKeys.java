package org.sujarit.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key tokens are signed with, kept as a JWK set file (private key included) so that
 * tokens issued before a restart still verify after it. Made on the first start, readable
 * by the owner only where the file system allows.
 */
final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private SigningKeys() {
	}

	/**
	 * Reads the key set, making it first if the file is missing.
	 * @param file the JWK set file
	 * @return the key set, with at least one RSA signing key
	 */
	static JWKSet loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			JWKSet keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
			if (keys.getKeys().stream().noneMatch((key) -> key instanceof RSAKey rsa && rsa.isPrivate())) {
				throw new IllegalStateException("The signing key file " + file + " holds no private RSA key");
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key file " + file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing key file " + file + " is not a JWK set", ex);
		}
	}

	private static void create(Path file) throws IOException {
		RSAKey key;
		try {
			key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot make a signing key", ex);
		}
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// written next to its place and moved, so a crash never leaves half a key
		Path temporary = Files.createTempFile(directory, ".staff-sign-in-", ".tmp");
		try {
			restrict(temporary);
			Files.writeString(temporary, new JWKSet(key).toString(false), StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		log.info("Made a new token signing key {} in {}", key.getKeyID(), file);
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder's own protection applies
		}
	}

}
