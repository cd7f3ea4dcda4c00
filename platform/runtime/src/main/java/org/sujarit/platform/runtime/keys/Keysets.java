package org.sujarit.platform.runtime.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;

/**
 * Loads the Tink keysets of the whistleblower channel, and makes them for the embedded
 * default.
 * <p>
 * Three keysets (and intake's receipt pepper): the anonymizer's hybrid (HPKE X25519)
 * private keyset, which opens sealed reports; its public half, which intake seals with;
 * and the vault's AEAD keyset, which encrypts identities at rest. Production supplies
 * them through configuration (files mounted from a secret store); the embedded default
 * generates them once under {@code ./data/keys}.
 */
public final class Keysets {

	/** File name of the anonymizer's private hybrid keyset. */
	public static final String SEALING_PRIVATE = "whistleblower-sealing-private.json";

	/** File name of the public half intake seals with. */
	public static final String SEALING_PUBLIC = "whistleblower-sealing-public.json";

	/** File name of the vault's AEAD keyset. */
	public static final String VAULT = "vault-aead.json";

	/**
	 * File name of the receipt pepper: 32 random bytes, base64, mixed into every receipt
	 * hash so a stolen receipt table cannot be attacked without the intake's secret.
	 */
	public static final String RECEIPT_PEPPER = "receipt-pepper.b64";

	static {
		try {
			HybridConfig.register();
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink could not register its primitives", ex);
		}
	}

	// the keys are secrets of the service's own user: owner-only where the file system
	// knows permissions (POSIX); elsewhere the folder's ACLs decide
	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private Keysets() {
	}

	/**
	 * Makes the three keysets in {@code directory} unless they are already there.
	 * @param directory where to keep them
	 * @return true when new keysets were made
	 */
	public static boolean ensureDevelopmentKeysets(Path directory) {
		try {
			Files.createDirectories(directory);
			ownerOnly(directory, OWNER_ONLY_FOLDER);
			// keys a version before this one made readable by everyone are narrowed too
			for (String name : new String[] { RECEIPT_PEPPER, SEALING_PRIVATE, SEALING_PUBLIC, VAULT }) {
				if (Files.exists(directory.resolve(name))) {
					ownerOnly(directory.resolve(name), OWNER_ONLY_FILE);
				}
			}
			if (!Files.exists(directory.resolve(RECEIPT_PEPPER))) {
				byte[] pepper = new byte[32];
				new java.security.SecureRandom().nextBytes(pepper);
				write(directory.resolve(RECEIPT_PEPPER), java.util.Base64.getEncoder().encodeToString(pepper));
			}
			if (Files.exists(directory.resolve(SEALING_PRIVATE)) && Files.exists(directory.resolve(SEALING_PUBLIC))
					&& Files.exists(directory.resolve(VAULT))) {
				return false;
			}
			KeysetHandle sealing = KeysetHandle
				.generateNew(KeyTemplates.get("DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM"));
			write(directory.resolve(SEALING_PRIVATE),
					TinkJsonProtoKeysetFormat.serializeKeyset(sealing, InsecureSecretKeyAccess.get()));
			write(directory.resolve(SEALING_PUBLIC),
					TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(sealing.getPublicKeysetHandle()));
			KeysetHandle vault = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
			write(directory.resolve(VAULT),
					TinkJsonProtoKeysetFormat.serializeKeyset(vault, InsecureSecretKeyAccess.get()));
			return true;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate keysets", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hands the keys and their folder to another user, such as the services' user in the
	 * container images when a one-shot job running as root made them: they are readable
	 * by their owner only.
	 * @param directory the folder {@link #ensureDevelopmentKeysets(Path)} made them in
	 * @param owner the user's name
	 */
	public static void giveTo(Path directory, String owner) {
		try {
			UserPrincipal user = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(owner);
			Files.setOwner(directory, user);
			for (String name : new String[] { RECEIPT_PEPPER, SEALING_PRIVATE, SEALING_PUBLIC, VAULT }) {
				if (Files.exists(directory.resolve(name))) {
					Files.setOwner(directory.resolve(name), user);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The encrypter intake seals reports with.
	 * @param publicKeyset the public hybrid keyset file
	 * @return the encrypter
	 */
	public static HybridEncrypt sealer(Path publicKeyset) {
		try {
			KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(read(publicKeyset));
			return handle.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not a public hybrid keyset: " + publicKeyset, ex);
		}
	}

	/**
	 * The decrypter the anonymizer opens sealed reports with.
	 * @param privateKeyset the private hybrid keyset file
	 * @return the decrypter
	 */
	public static HybridDecrypt opener(Path privateKeyset) {
		try {
			KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(read(privateKeyset),
					InsecureSecretKeyAccess.get());
			return handle.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not a private hybrid keyset: " + privateKeyset, ex);
		}
	}

	/**
	 * The AEAD the vault encrypts identities with.
	 * @param keyset the AEAD keyset file
	 * @return the AEAD
	 */
	public static Aead vault(Path keyset) {
		try {
			KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(read(keyset), InsecureSecretKeyAccess.get());
			return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an AEAD keyset: " + keyset, ex);
		}
	}

	/**
	 * The receipt pepper intake hashes receipts with.
	 * @param file the pepper file
	 * @return the pepper bytes
	 */
	public static byte[] receiptPepper(Path file) {
		return java.util.Base64.getDecoder().decode(read(file).trim());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read keyset " + file, ex);
		}
	}

	private static void write(Path file, String content) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.deleteIfExists(temp);
		// created owner-only before the secret is written: never readable by others, not
		// even for a moment, whatever the umask
		if (posix(file)) {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
		}
		Files.writeString(temp, content);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (posix(path)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
