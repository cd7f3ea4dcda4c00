package org.sujarit.platform.runtime.keys;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line: {@code generate DIR} makes the whistleblower channel's keysets in DIR
 * unless they are there already. Used by docker-compose.yml's one-shot {@code keys}
 * service.
 */
public final class KeysetTool {

	private static final Logger log = LoggerFactory.getLogger(KeysetTool.class);

	private KeysetTool() {
	}

	public static void main(String[] args) {
		if (args.length != 2 || !"generate".equals(args[0])) {
			throw new IllegalArgumentException("usage: generate DIR");
		}
		boolean made = Keysets.ensureDevelopmentKeysets(Path.of(args[1]));
		log.info(made ? "Keysets made in {}" : "Keysets already present in {}", args[1]);
	}

}
