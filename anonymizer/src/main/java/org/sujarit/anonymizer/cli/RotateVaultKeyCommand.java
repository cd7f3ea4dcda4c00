package org.sujarit.anonymizer.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sujarit.anonymizer.vault.VaultKeyset;
import org.sujarit.platform.runtime.keys.Keysets;

/**
 * {@code rotate-vault-key --keys DIR} (the keyset {@code DIR/vault-aead.json}) or
 * {@code rotate-vault-key --keyset FILE}: adds a new primary key to the vault keyset,
 * keeping the old keys so what they sealed still opens. Prints key ids only, never key
 * material.
 */
final class RotateVaultKeyCommand {

	private final PrintStream out;

	private final PrintStream err;

	RotateVaultKeyCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		if (args.length != 2 || !("--keys".equals(args[0]) || "--keyset".equals(args[0]))) {
			return AnonymizerCommands.usage(this.err, "rotate-vault-key takes --keys DIR or --keyset FILE");
		}
		Path file = "--keys".equals(args[0]) ? Path.of(args[1]).resolve(Keysets.VAULT) : Path.of(args[1]);
		if (!Files.isRegularFile(file)) {
			this.err.println("error: vault keyset " + file + " does not exist");
			return AnonymizerCommands.FAILED;
		}
		VaultKeyset.Rotation rotation;
		try {
			rotation = VaultKeyset.rotate(file);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			this.err.println("error: " + ex.getMessage() + "; the keyset was not changed");
			return AnonymizerCommands.FAILED;
		}
		this.out.println("Vault keyset " + file + ": new primary key " + rotation.primaryId() + " (was "
				+ rotation.previousPrimaryId() + "), " + rotation.keys() + " keys; older keys stay for opening.");
		this.out.println("Next: restart the anonymizer so it seals with the new key, then run reseal-vault.");
		return AnonymizerCommands.OK;
	}

}
