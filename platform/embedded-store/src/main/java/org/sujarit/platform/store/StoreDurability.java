package org.sujarit.platform.store;

import java.util.Locale;

/**
 * What an acknowledged write survives. Either way the store answers a write only after
 * the commit that holds it has been handed to the operating system.
 */
public enum StoreDurability {

	/**
	 * The commit is written to the file (the operating system's page cache) before the
	 * write is answered: it survives {@code kill -9} or a crash of the JVM, not a power
	 * cut or a crash of the operating system.
	 */
	PROCESS_CRASH("process-crash"),

	/**
	 * As {@link #PROCESS_CRASH}, and each group commit is also forced to the disk
	 * ({@code fsync}) before the writes in it are answered: it survives a power cut too,
	 * as far as the disk keeps what it reported as written.
	 */
	POWER_LOSS("power-loss");

	/** The system property the dev stack reads it from. */
	public static final String PROPERTY = "sujarit.store.durability";

	private final String value;

	StoreDurability(String value) {
		this.value = value;
	}

	/**
	 * The setting's value as written in the property.
	 * @return {@code process-crash} or {@code power-loss}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Reads the setting; unset means {@link #PROCESS_CRASH}.
	 * @param value {@code process-crash}, {@code power-loss} or {@code null}
	 * @return the durability
	 * @throws IllegalArgumentException naming the allowed values if {@code value} is
	 * another one
	 */
	public static StoreDurability parse(String value) {
		if (value == null || value.isBlank()) {
			return PROCESS_CRASH;
		}
		String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (StoreDurability durability : values()) {
			if (durability.value.equals(wanted)) {
				return durability;
			}
		}
		throw new IllegalArgumentException(
				PROPERTY + " must be process-crash or power-loss, not '" + value.trim() + "'");
	}

}
