package org.sujarit.anonymizer.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.sujarit.platform.runtime.keys.Keysets;

/**
 * Rotation of the vault's AEAD keyset file (Tink keyset JSON).
 * <p>
 * Rotating adds a new key, of the same kind as the current primary, and makes it the
 * primary: identities sealed from then on use it, while every older key stays in the
 * keyset so what it sealed still opens. Once {@link VaultResealer} has moved every sealed
 * identity to the new key, the older keys can be {@linkplain #disableAllButPrimary
 * disabled}; they stay in the file (a disabled key can be enabled again by editing its
 * status) but no longer decrypt.
 * <p>
 * The file is replaced atomically, with the permissions and, where allowed, the owner it
 * had, so a crash never leaves a half-written keyset. A running anonymizer keeps the
 * keyset it loaded at start: restart it after a rotation so new identities are sealed
 * with the new key.
 */
public final class VaultKeyset {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private VaultKeyset() {
	}

	/**
	 * Adds a new primary key to a keyset file.
	 * @param file the vault keyset file
	 * @return what changed
	 */
	public static Rotation rotate(Path file) {
		KeysetHandle handle = read(file);
		KeysetHandle.Entry previous = handle.getPrimary();
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
			// same kind of key as the one it replaces (AES-256-GCM with the Tink prefix
			// that names the key in every ciphertext)
			builder.addEntry(KeysetHandle.generateEntryFromParameters(previous.getKey().getParameters())
				.withRandomId()
				.makePrimary());
			KeysetHandle rotated = builder.build();
			write(file, rotated);
			return new Rotation(Integer.toUnsignedLong(previous.getId()),
					Integer.toUnsignedLong(rotated.getPrimary().getId()), rotated.size());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not add a key to the vault keyset " + file, ex);
		}
	}

	/**
	 * Disables every key but the primary. Call it only when nothing is sealed under them
	 * any more ({@link VaultResealer.Result#remaining()} is 0): what they sealed stops
	 * opening.
	 * @param file the vault keyset file
	 * @return the ids of the keys disabled by this call
	 */
	public static List<Long> disableAllButPrimary(Path file) {
		KeysetHandle handle = read(file);
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
		List<Long> disabled = new ArrayList<>();
		for (int i = 0; i < builder.size(); i++) {
			KeysetHandle.Builder.Entry entry = builder.getAt(i);
			if (!entry.isPrimary() && entry.getStatus() == KeyStatus.ENABLED) {
				entry.setStatus(KeyStatus.DISABLED);
				disabled.add(Integer.toUnsignedLong(handle.getAt(i).getId()));
			}
		}
		if (!disabled.isEmpty()) {
			try {
				write(file, builder.build());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Could not disable keys in the vault keyset " + file, ex);
			}
		}
		return List.copyOf(disabled);
	}

	/**
	 * The ids of the enabled keys, the primary first.
	 * @param file the vault keyset file
	 * @return the key ids
	 */
	public static List<Long> enabledKeyIds(Path file) {
		KeysetHandle handle = read(file);
		List<Long> ids = new ArrayList<>();
		ids.add(Integer.toUnsignedLong(handle.getPrimary().getId()));
		for (int i = 0; i < handle.size(); i++) {
			KeysetHandle.Entry entry = handle.getAt(i);
			if (!entry.isPrimary() && entry.getStatus() == KeyStatus.ENABLED) {
				ids.add(Integer.toUnsignedLong(entry.getId()));
			}
		}
		return List.copyOf(ids);
	}

	private static KeysetHandle read(Path file) {
		// loading through Keysets registers Tink's AEAD primitives and checks that this
		// is an AEAD keyset
		Keysets.vault(file);
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an AEAD keyset: " + file, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read keyset " + file, ex);
		}
	}

	private static void write(Path file, KeysetHandle handle) {
		try {
			String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
			Path temp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temp);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				// created readable by the owner only, then given the original's
				// permissions
				Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
				Files.writeString(temp, json);
				Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
				keepOwner(file, temp);
			}
			else {
				Files.writeString(temp, json);
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not serialise the vault keyset", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write keyset " + file, ex);
		}
	}

	private static void keepOwner(Path file, Path temp) {
		try {
			// root rotating a keyset the service's own user reads
			Files.setOwner(temp, Files.getOwner(file));
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not allowed to give files away: the rotating user owned it anyway
		}
	}

	/**
	 * The outcome of a rotation.
	 *
	 * @param previousPrimaryId the key that was primary before
	 * @param primaryId the new primary key
	 * @param keys how many keys the keyset holds now
	 */
	public record Rotation(long previousPrimaryId, long primaryId, int keys) {
	}

}
