package org.sujarit.anonymizer.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.sujarit.platform.runtime.keys.Keysets;

/**
 * The vault's AEAD and the id of its primary key, which is the key new identities are
 * sealed with. The id is stored next to each sealed identity so that a key rotation can
 * find what to re-seal without opening anything.
 *
 * @param aead the AEAD
 * @param keyId the primary key's id (Tink key ids are unsigned 32-bit numbers)
 */
public record VaultKey(Aead aead, long keyId) {

	/**
	 * Loads the vault keyset.
	 * @param keyset the AEAD keyset file
	 * @return the key
	 */
	public static VaultKey load(Path keyset) {
		// Keysets registers Tink's AEAD primitives, which parsing below relies on
		Aead aead = Keysets.vault(keyset);
		try {
			int primary = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyset), InsecureSecretKeyAccess.get())
				.getPrimary()
				.getId();
			return new VaultKey(aead, Integer.toUnsignedLong(primary));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an AEAD keyset: " + keyset, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read keyset " + keyset, ex);
		}
	}

}
