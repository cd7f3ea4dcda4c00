package org.sujarit.anonymizer.evidence;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

/**
 * Removes the metadata and the active and external content of Office Open XML documents
 * (docx, xlsx, pptx), which are zip packages of XML parts.
 * <ul>
 * <li>{@code docProps/core.xml}: creator, last modified by, last printed, title, subject,
 * keywords, description, category and the like go; the created and modified dates stay
 * (they date the evidence, not the reporter).</li>
 * <li>{@code docProps/app.xml}: company, manager, hyperlink base and template go.</li>
 * <li>{@code docProps/custom.xml} goes, with its relationship and content type.</li>
 * <li>Names and accounts of the people who commented or tracked changes (author,
 * initials, user and provider ids in any part; comment authors of workbooks and
 * presentations) are blanked, keeping the comments.</li>
 * <li>Nothing in the copy calls out or runs when it is opened: every external
 * relationship (links to web pages and local files, linked pictures, attached templates)
 * points at {@code about:blank}; OLE objects and embedded packages, ActiveX controls,
 * macro projects and workbook links to other files go with their relationships; field
 * instructions (DDE, INCLUDEPICTURE and every other field) are blanked, keeping their
 * last shown result; spreadsheet formulas calling another program (DDE, {@code |}) go,
 * keeping their last value.</li>
 * <li>Pictures inside (media, thumbnail) are scrubbed like uploaded ones; any other part
 * that is itself a zip is dropped.</li>
 * <li>Zip entry times are reset, as they record when and in which time zone the author
 * saved.</li>
 * </ul>
 * Documents with macros are refused. The package is read as a stream twice (first to
 * check it against the {@link EvidenceLimits} and learn its type, then to write the
 * copy), and XML parts are rewritten event by event ({@link StreamingXml}): nothing holds
 * a part's tree, and the memory used stays bounded whatever the file.
 */
final class OfficeScrubber {

	private static final String CONTENT_TYPES_PART = "[Content_Types].xml";

	private static final String CUSTOM_PROPERTIES = "docProps/custom.xml";

	// a part name longer than this is no Office part
	private static final int MAX_NAME_LENGTH = 1024;

	private static final Map<String, EvidenceType> MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", EvidenceType.DOCX,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", EvidenceType.XLSX,
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", EvidenceType.PPTX);

	private static final Set<String> MACRO_PARTS = Set.of("application/vnd.ms-word.document.macroEnabled.main+xml",
			"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
			"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
			"application/vnd.ms-excel.template.macroEnabled.main+xml",
			"application/vnd.ms-excel.addin.macroEnabled.main+xml",
			"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
			"application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
			"application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
			"application/vnd.ms-powerpoint.addin.macroEnabled.main+xml", "application/vnd.ms-office.vbaProject");

	// 1980-01-01, the earliest time a zip entry holds
	private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	private final EvidenceLimits limits;

	OfficeScrubber(EvidenceLimits limits) {
		this.limits = limits;
	}

	/**
	 * Checks a zip package against the limits and tells what kind of Office document it
	 * is, reading it as a stream.
	 * @param zip the package
	 * @return the type
	 * @throws EvidenceRejectedException when it is not a readable Office package, has
	 * macros or is over a limit
	 */
	EvidenceType inspect(byte[] zip) {
		Set<String> names = new HashSet<>();
		EvidenceType type = null;
		boolean hasContentTypes = false;
		Budget budget = new Budget(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (names.size() >= this.limits.maxEntries()) {
					throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "entries");
				}
				String name = entry.getName();
				if (name.length() > MAX_NAME_LENGTH || !names.add(name)) {
					// two parts of one name: readers disagree on which counts
					throw new EvidenceRejectedException(Reason.DAMAGED);
				}
				InputStream part = budget.part(in);
				if (name.equals(CONTENT_TYPES_PART)) {
					hasContentTypes = true;
					type = StreamingXml.contentTypes(part, this.limits, MAIN_PARTS, MACRO_PARTS);
				}
				part.transferTo(OutputStream.nullOutputStream());
			}
		}
		catch (IOException ex) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		if (names.isEmpty()) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		if (!hasContentTypes || type == null) {
			throw new EvidenceRejectedException(Reason.UNSUPPORTED_TYPE);
		}
		return type;
	}

	/**
	 * Scrubs an Office package already checked with {@link #inspect}.
	 * @param zip the package
	 * @return the scrubbed package
	 */
	byte[] scrub(byte[] zip) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		Budget budget = new Budget(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream copy = new ZipOutputStream(out)) {
			OutputStream unclosable = new FilterOutputStream(copy) {
				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					this.out.write(b, off, len);
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			};
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				if (entry.isDirectory() || dropped(name)) {
					continue;
				}
				InputStream part = new BufferedInputStream(budget.part(in));
				if (isZip(part)) {
					// an embedded package under another name: nobody checked what is in
					// it
					continue;
				}
				copy.putNextEntry(entry(name));
				scrubPart(name, part, unclosable);
				copy.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		return out.toByteArray();
	}

	private void scrubPart(String name, InputStream part, OutputStream out) throws IOException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png")) {
			// a picture is held whole, within the part limit
			out.write(scrubPicture(part.readAllBytes()));
		}
		else if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
			StreamingXml.scrub(PartKind.of(name), part, out, this.limits);
		}
		else {
			part.transferTo(out);
		}
	}

	/**
	 * Whether a part is left out of the copy: custom properties, and everything that can
	 * run or reach out (OLE objects and embedded packages, ActiveX, macro projects,
	 * workbook links).
	 * @param name the part's name
	 * @return true when it goes
	 */
	static boolean dropped(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("/")) {
			lower = lower.substring(1);
		}
		return lower.equals(CUSTOM_PROPERTIES.toLowerCase(Locale.ROOT)) || lower.contains("embeddings/")
				|| lower.contains("activex/") || lower.contains("vbaproject") || lower.contains("vbadata")
				|| lower.contains("externallinks/") || lower.contains("attachedtoolbars");
	}

	private static boolean isZip(InputStream part) throws IOException {
		part.mark(4);
		byte[] head = part.readNBytes(4);
		part.reset();
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(ZIP_EPOCH);
		return entry;
	}

	private static byte[] scrubPicture(byte[] content) {
		EvidenceType type = EvidenceScrubber.sniffImage(content);
		if (type == EvidenceType.JPEG) {
			return JpegScrubber.scrub(content);
		}
		if (type == EvidenceType.PNG) {
			return PngScrubber.scrub(content);
		}
		return content;
	}

	/** Which rules of {@link StreamingXml} apply to a part. */
	enum PartKind {

		CORE, APP, CONTENT_TYPES, RELATIONSHIPS, WORKBOOK_COMMENTS, PRESENTATION_AUTHORS, SPREADSHEET, OTHER;

		static PartKind of(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (name.equals("docProps/core.xml")) {
				return CORE;
			}
			if (name.equals("docProps/app.xml")) {
				return APP;
			}
			if (name.equals(CONTENT_TYPES_PART)) {
				return CONTENT_TYPES;
			}
			if (lower.endsWith(".rels")) {
				return RELATIONSHIPS;
			}
			if (lower.startsWith("xl/comments") || lower.startsWith("xl/persons/")) {
				return WORKBOOK_COMMENTS;
			}
			if (lower.equals("ppt/commentauthors.xml") || lower.equals("ppt/authors.xml")) {
				return PRESENTATION_AUTHORS;
			}
			if (lower.startsWith("xl/")) {
				return SPREADSHEET;
			}
			return OTHER;
		}

	}

	/**
	 * The unpacked bytes a package may still cost: each part within the part limit, all
	 * together within the package limit and the compression ratio. Counted as the bytes
	 * are inflated, not from the sizes the entries claim.
	 */
	private final class Budget {

		private final long total;

		private long used;

		Budget(long fileSize) {
			long oneMegabyte = 1024L * 1024;
			long byRatio = Math.max(oneMegabyte, fileSize * OfficeScrubber.this.limits.maxCompressionRatio());
			this.total = Math.min(OfficeScrubber.this.limits.maxUnpackedSize().toBytes(), byRatio);
		}

		InputStream part(InputStream entry) {
			long partLimit = OfficeScrubber.this.limits.maxPartSize().toBytes();
			return new InputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = entry.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int off, int len) throws IOException {
					int n = entry.read(buffer, off, len);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) {
					this.read += n;
					Budget.this.used += n;
					if (this.read > partLimit) {
						throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "part-size");
					}
					if (Budget.this.used > Budget.this.total) {
						throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED,
								(Budget.this.total < OfficeScrubber.this.limits.maxUnpackedSize().toBytes())
										? "compression-ratio" : "unpacked-size");
					}
				}

				@Override
				public void close() {
					// the zip stream goes on to the next entry
				}

			};
		}

	}

}
