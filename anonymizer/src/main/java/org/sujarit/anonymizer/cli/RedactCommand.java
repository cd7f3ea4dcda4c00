package org.sujarit.anonymizer.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.platform.events.Reporter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code redact IN OUT}: runs the service's {@link Redactor} over a JSON-lines file, one
 * {@code {id, reporter, narrative}} object a line in, one {@code {id, narrative}} a line
 * out, in the same order. An optional {@code accused} (an object with a {@code name}, or
 * the name) keeps the accused's full name where the reporter shares part of it. Other
 * members of the input (labels of a test set) are ignored.
 * <p>
 * No Spring context, no Kafka, no MongoDB: the redactor is a plain object. The output is
 * written to a temporary file next to OUT and moved into place only when every line was
 * redacted, so a failed run never leaves half a file that looks complete. Errors name the
 * line number and what is wrong with it, never its content, which holds identities.
 */
final class RedactCommand {

	private static final String[] REPORTER_FIELDS = { "firstName", "lastName", "nationalId", "phone", "email", "lineId",
			"address" };

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.shared();

	private final Redactor redactor = new Redactor();

	RedactCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		if (args.length != 2) {
			return AnonymizerCommands.usage(this.err, "redact takes an input and an output file");
		}
		boolean toStdout = "-".equals(args[1]);
		Path input = "-".equals(args[0]) ? null : Path.of(args[0]);
		Path output = toStdout ? null : Path.of(args[1]).toAbsolutePath();
		if (input != null && !Files.isRegularFile(input)) {
			this.err.println("error: input file " + input + " does not exist or is not a file");
			return AnonymizerCommands.FAILED;
		}
		if (output != null && input != null && output.equals(input.toAbsolutePath())) {
			this.err.println("error: the output must not overwrite the input");
			return AnonymizerCommands.FAILED;
		}
		if (output != null && !Files.isDirectory(output.getParent())) {
			this.err.println("error: output directory " + output.getParent() + " does not exist");
			return AnonymizerCommands.FAILED;
		}
		long started = System.nanoTime();
		Path temp = null;
		try {
			Summary summary;
			try (BufferedReader reader = new BufferedReader(
					(input != null) ? reader(Files.newInputStream(input)) : reader(System.in))) {
				if (toStdout) {
					Writer writer = new BufferedWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8));
					summary = redact(reader, writer);
					writer.flush();
				}
				else {
					temp = Files.createTempFile(output.getParent(), "." + output.getFileName(), ".part");
					try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
						summary = redact(reader, writer);
					}
					Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
					temp = null;
				}
			}
			double totalMs = (System.nanoTime() - started) / 1e6;
			// a machine-readable line for bench/redaction; on stderr when the
			// records go to stdout
			PrintStream report = toStdout ? this.err : this.out;
			report.println(
					String.format(Locale.ROOT, "redacted records=%d redact_ms=%.1f per_report_ms=%.3f total_ms=%.1f",
							summary.records(), summary.redactNanos() / 1e6,
							summary.records() == 0 ? 0.0 : summary.redactNanos() / 1e6 / summary.records(), totalMs));
			return AnonymizerCommands.OK;
		}
		catch (BadInputException ex) {
			this.err.println("error: " + ex.getMessage() + "; nothing written");
			return AnonymizerCommands.FAILED;
		}
		catch (IOException | UncheckedIOException ex) {
			this.err.println("error: cannot read or write the files: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""));
			return AnonymizerCommands.FAILED;
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					this.err.println("warning: could not delete " + temp);
				}
			}
		}
	}

	private static Reader reader(java.io.InputStream in) {
		// malformed UTF-8 is an error, not silently replaced text
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(in, decoder);
	}

	private Summary redact(BufferedReader reader, Writer writer) throws IOException {
		int records = 0;
		long redactNanos = 0;
		int lineNumber = 0;
		String line;
		while ((line = readLine(reader, lineNumber + 1)) != null) {
			lineNumber++;
			if (lineNumber == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			Record record = parse(line, lineNumber);
			long before = System.nanoTime();
			String narrative;
			try {
				narrative = this.redactor.redact(record.narrative(), record.reporter(), record.accusedName());
			}
			catch (RuntimeException ex) {
				// without the cause's message: it could quote the text
				throw new BadInputException(
						"line " + lineNumber + ": redaction failed (" + ex.getClass().getName() + ")");
			}
			redactNanos += System.nanoTime() - before;
			ObjectNode result = this.json.createObjectNode();
			result.set("id", record.id());
			result.put("narrative", narrative);
			writer.write(this.json.writeValueAsString(result));
			writer.write('\n');
			records++;
		}
		return new Summary(records, redactNanos);
	}

	private static String readLine(BufferedReader reader, int lineNumber) throws IOException {
		try {
			return reader.readLine();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new BadInputException("line " + lineNumber + ": not UTF-8 text");
		}
	}

	private Record parse(String line, int lineNumber) {
		JsonNode node;
		try {
			node = this.json.readTree(line);
		}
		catch (JacksonException ex) {
			throw new BadInputException("line " + lineNumber + ": not valid JSON");
		}
		if (node == null || !node.isObject()) {
			throw new BadInputException("line " + lineNumber + ": not a JSON object");
		}
		JsonNode id = node.get("id");
		if (id == null || !(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
			throw new BadInputException("line " + lineNumber + ": 'id' is missing or not a string");
		}
		JsonNode narrative = node.get("narrative");
		if (narrative == null || !(narrative.isString() || narrative.isNull())) {
			throw new BadInputException("line " + lineNumber + ": 'narrative' is missing or not a string");
		}
		JsonNode reporter = node.get("reporter");
		if (reporter != null && !reporter.isNull() && !reporter.isObject()) {
			throw new BadInputException("line " + lineNumber + ": 'reporter' is not an object");
		}
		return new Record(id, narrative.isNull() ? null : narrative.asString(),
				(reporter == null || reporter.isNull()) ? null : reporter(reporter, lineNumber), accusedName(node));
	}

	/**
	 * The accused's name of an optional {@code accused} field, an object with a
	 * {@code name} (as in the sealed report) or the name itself.
	 */
	private static String accusedName(JsonNode node) {
		JsonNode accused = node.get("accused");
		if (accused != null && accused.isObject()) {
			accused = accused.get("name");
		}
		return (accused != null && accused.isString()) ? accused.asString() : null;
	}

	private static Reporter reporter(JsonNode node, int lineNumber) {
		String[] values = new String[REPORTER_FIELDS.length];
		for (int i = 0; i < REPORTER_FIELDS.length; i++) {
			JsonNode value = node.get(REPORTER_FIELDS[i]);
			if (value == null || value.isNull()) {
				continue;
			}
			// a national id or phone typed as a JSON number is still that number
			if (!value.isString() && !value.isNumber()) {
				throw new BadInputException(
						"line " + lineNumber + ": 'reporter." + REPORTER_FIELDS[i] + "' is not a string");
			}
			values[i] = value.asString();
		}
		return new Reporter(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
	}

	private record Record(JsonNode id, String narrative, Reporter reporter, String accusedName) {
	}

	private record Summary(int records, long redactNanos) {
	}

	/**
	 * A line that cannot be redacted; the message names the line, never its content.
	 */
	private static final class BadInputException extends RuntimeException {

		BadInputException(String message) {
			super(message);
		}

	}

}
