package org.sujarit.anonymizer.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of {@code tools/score_redaction.py} in Java, for tests: a record leaks when a
 * {@code mustRedact} string survives (case-insensitive), or the reporter's phone,
 * national ID or e-mail survives once Thai digits are mapped to Arabic, {@code +66} to
 * {@code 0}, and blanks, dashes and dots between digits removed. Evidence is the share of
 * {@code mustKeep} strings that survive.
 *
 * @param records records in the data set
 * @param leakFree records without a leak
 * @param evidence evidence strings in the data set
 * @param kept evidence strings that survived
 * @param leaks one entry per leak: the record id and which kind leaked, never the value
 */
public record RedactionScore(int records, int leakFree, int evidence, int kept, List<String> leaks) {

	private static final Pattern SEPARATORS_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\s\\-.]+(?=\\d)",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * The share of evidence kept.
	 * @return kept / evidence, 1 when there is no evidence
	 */
	public double evidenceKept() {
		return (this.evidence == 0) ? 1.0 : (double) this.kept / this.evidence;
	}

	/**
	 * Scores a run.
	 * @param dataset the labelled records
	 * @param sanitized the redacted narrative per record id; a missing one counts as a
	 * leak
	 * @return the score
	 */
	public static RedactionScore score(List<JsonNode> dataset, Map<String, String> sanitized) {
		List<String> leaks = new ArrayList<>();
		int leakFree = 0;
		int kept = 0;
		int evidence = 0;
		for (JsonNode record : dataset) {
			String id = record.get("id").asString();
			String text = sanitized.get(id);
			int before = leaks.size();
			if (text == null) {
				leaks.add(id + ": missing");
				continue;
			}
			JsonNode reporter = record.get("reporter");
			String lower = text.toLowerCase(Locale.ROOT);
			String canonical = canonical(text);
			for (JsonNode surface : record.get("mustRedact")) {
				if (lower.contains(surface.asString().toLowerCase(Locale.ROOT))) {
					leaks.add(id + ": surface");
				}
			}
			for (String field : List.of("phone", "nationalId")) {
				if (canonical.contains(reporter.get(field).asString())) {
					leaks.add(id + ": " + field);
				}
			}
			if (canonical.contains(reporter.get("email").asString().toLowerCase(Locale.ROOT))) {
				leaks.add(id + ": email");
			}
			leakFree += (leaks.size() == before) ? 1 : 0;
			for (JsonNode keep : record.get("mustKeep")) {
				evidence++;
				kept += text.contains(keep.asString()) ? 1 : 0;
			}
		}
		return new RedactionScore(dataset.size(), leakFree, evidence, kept, List.copyOf(leaks));
	}

	/**
	 * The scorer's {@code canon}: Thai digits to Arabic, {@code +66} to {@code 0}, no
	 * spaces, dashes or dots between digits, lower case.
	 * @param text the text
	 * @return the canonical text
	 */
	static String canonical(String text) {
		StringBuilder mapped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			mapped.append((c >= '๐' && c <= '๙') ? (char) ('0' + (c - '๐')) : c);
		}
		String replaced = mapped.toString().replace("+66", "0");
		return SEPARATORS_BETWEEN_DIGITS.matcher(replaced).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a JSON-lines test resource.
	 * @param resource the resource path, such as {@code /redaction/heldout.jsonl}
	 * @return its records
	 */
	public static List<JsonNode> readResource(String resource) {
		try (InputStream in = RedactionScore.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + resource);
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a JSON-lines file.
	 * @param file the file
	 * @return its records
	 */
	public static List<JsonNode> readFile(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<JsonNode> read(BufferedReader reader) throws IOException {
		JsonMapper json = JsonMapper.shared();
		List<JsonNode> records = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isBlank()) {
				records.add(json.readTree(line));
			}
		}
		return records;
	}

}
