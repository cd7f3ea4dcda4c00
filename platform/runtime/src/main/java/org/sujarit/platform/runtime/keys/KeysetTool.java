package org.sujarit.platform.runtime.keys;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line: {@code generate DIR [OWNER]} makes the whistleblower channel's keysets in
 * DIR unless they are there already, readable by their owner only, and hands them to
 * OWNER when given. Used by docker-compose.yml's one-shot {@code keys} service, which
 * runs as root to write the volume and hands the keys to the services' user.
 */
public final class KeysetTool {

	private static final Logger log = LoggerFactory.getLogger(KeysetTool.class);

	private KeysetTool() {
	}

	public static void main(String[] args) {
		if (args.length < 2 || args.length > 3 || !"generate".equals(args[0])) {
			throw new IllegalArgumentException("usage: generate DIR [OWNER]");
		}
		boolean made = Keysets.ensureDevelopmentKeysets(Path.of(args[1]));
		if (args.length == 3) {
			Keysets.giveTo(Path.of(args[1]), args[2]);
		}
		log.info(made ? "Keysets made in {}" : "Keysets already present in {}", args[1]);
	}

}
