package org.sujarit.anonymizer.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The anonymizer's offline commands, run from the same jar as the service:
 * {@code java -jar anonymizer.jar COMMAND ...}. Without a command (no arguments, or only
 * {@code --option}s) the jar starts the service as before.
 * <ul>
 * <li>{@code redact IN.jsonl OUT.jsonl}: the service's redaction over a file, no Kafka,
 * no MongoDB;</li>
 * <li>{@code rotate-vault-key --keys DIR}: a new primary key in the vault keyset;</li>
 * <li>{@code reseal-vault}: every sealed identity re-encrypted under the primary
 * key.</li>
 * </ul>
 */
public final class AnonymizerCommands {

	/** Exit status of a command that did what it was asked. */
	public static final int OK = 0;

	/** Exit status of a command that failed on its input or its work. */
	public static final int FAILED = 1;

	/** Exit status of a command called with wrong arguments. */
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: java -jar anonymizer.jar [COMMAND ARGS]
			  (no command)                       start the anonymizer service
			  redact IN.jsonl OUT.jsonl          redact {id, reporter, narrative} lines into {id, narrative} lines
			                                     ('-' for standard input or output); no Kafka, no MongoDB
			  rotate-vault-key --keys DIR        add a new primary key to DIR/vault-aead.json
			  rotate-vault-key --keyset FILE     ... or to the vault keyset FILE; old keys stay for opening
			  reseal-vault [--disable-old-keys] [--spring.mongodb.uri=... --sujarit.anonymizer.vault-keyset=...]
			                                     re-encrypt every sealed identity under the primary key,
			                                     using the anonymizer's configuration; then optionally disable
			                                     the keys nothing is sealed under any more
			""";

	private final PrintStream out;

	private final PrintStream err;

	/**
	 * Creates the command runner.
	 * @param out where results go
	 * @param err where errors and usage go
	 */
	public AnonymizerCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Whether the arguments name a command rather than options for the service: the
	 * service takes only {@code --name=value} options, so a first argument that is not
	 * one is a command (an unknown one is refused rather than starting the service).
	 * @param args the command line
	 * @return true when {@link #run(String[])} should handle it
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs a command.
	 * @param args the command line, the command first
	 * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
	 */
	public int run(String[] args) {
		if (args.length == 0) {
			return usage("no command given");
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		return switch (args[0]) {
			case "redact" -> new RedactCommand(this.out, this.err).run(rest);
			case "rotate-vault-key" -> new RotateVaultKeyCommand(this.out, this.err).run(rest);
			case "reseal-vault" -> new ResealVaultCommand(this.out, this.err).run(rest);
			case "help" -> {
				this.out.print(USAGE_TEXT);
				yield OK;
			}
			default -> usage("unknown command '" + args[0] + "'");
		};
	}

	private int usage(String problem) {
		return usage(this.err, problem);
	}

	static int usage(PrintStream err, String problem) {
		err.println("error: " + problem);
		err.print(USAGE_TEXT);
		return USAGE;
	}

}
