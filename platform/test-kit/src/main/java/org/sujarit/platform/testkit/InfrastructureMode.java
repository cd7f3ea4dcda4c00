package org.sujarit.platform.testkit;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;

/**
 * The two ways {@link Infrastructure} can run, and how one is chosen.
 */
enum InfrastructureMode {

	EMBEDDED(Infrastructure.EMBEDDED), CONTAINERS(Infrastructure.CONTAINERS);

	private final String value;

	InfrastructureMode(String value) {
		this.value = value;
	}

	String value() {
		return this.value;
	}

	static InfrastructureMode parse(String value) {
		String normalized = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
		for (InfrastructureMode mode : values()) {
			if (mode.value.equals(normalized)) {
				return mode;
			}
		}
		throw new IllegalArgumentException(Infrastructure.MODE_SETTING + " must be '" + Infrastructure.EMBEDDED
				+ "' or '" + Infrastructure.CONTAINERS + "', not '" + value + "'");
	}

	static InfrastructureMode select(String systemProperty, String environmentVariable, BooleanSupplier docker) {
		if (hasText(systemProperty)) {
			return parse(systemProperty);
		}
		if (hasText(environmentVariable)) {
			return parse(environmentVariable);
		}
		return docker.getAsBoolean() ? CONTAINERS : EMBEDDED;
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			// A broken or half-configured Docker setup must not stop the tests: they run
			// in-process instead.
			return false;
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
