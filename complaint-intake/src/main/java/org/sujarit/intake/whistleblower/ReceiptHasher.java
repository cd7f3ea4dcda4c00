package org.sujarit.intake.whistleblower;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.sujarit.intake.IntakeProperties;

/**
 * Hashes receipts with Argon2id, so a copy of the receipt table neither shows receipts
 * nor lets anyone test guesses cheaply.
 * <p>
 * The salt is the installation's secret pepper, the same for every receipt: that makes
 * the hash usable as the lookup key. Per-receipt salts are not needed against
 * precomputation, because receipts are 20 random digits rather than chosen passwords, and
 * the pepper keeps a stolen table useless without the intake's secret.
 */
public class ReceiptHasher {

	private static final int MIN_PEPPER_BYTES = 16;

	private final byte[] pepper;

	private final IntakeProperties.Argon2 cost;

	private final Semaphore permits;

	/**
	 * Creates a hasher.
	 * @param pepper the installation's receipt pepper, at least 16 bytes
	 * @param cost the Argon2id parameters
	 */
	public ReceiptHasher(byte[] pepper, IntakeProperties.Argon2 cost) {
		if (pepper.length < MIN_PEPPER_BYTES) {
			throw new IllegalArgumentException(
					"The receipt pepper must be at least " + MIN_PEPPER_BYTES + " bytes, not " + pepper.length);
		}
		this.pepper = pepper.clone();
		this.cost = cost;
		this.permits = new Semaphore(cost.maxConcurrent(), true);
	}

	/**
	 * Hashes a normalised receipt.
	 * @param normalised the receipt digits, or whatever was typed, normalised
	 * @return the hash in lower-case hex
	 */
	public String hash(String normalised) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(this.pepper)
			.withMemoryAsKB(this.cost.memoryKib())
			.withIterations(this.cost.iterations())
			.withParallelism(this.cost.parallelism())
			.build();
		byte[] out = new byte[this.cost.hashLength()];
		this.permits.acquireUninterruptibly();
		try {
			Argon2BytesGenerator generator = new Argon2BytesGenerator();
			generator.init(parameters);
			generator.generateBytes(normalised.getBytes(StandardCharsets.UTF_8), out);
		}
		finally {
			this.permits.release();
		}
		return HexFormat.of().formatHex(out);
	}

}
