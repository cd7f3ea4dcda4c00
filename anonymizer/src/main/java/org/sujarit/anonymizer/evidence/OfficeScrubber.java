package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Removes the metadata of Office Open XML documents (docx, xlsx, pptx), which are zip
 * packages of XML parts.
 * <ul>
 * <li>{@code docProps/core.xml}: creator, last modified by, last printed, title, subject,
 * keywords, description, category and the like go; the created and modified dates stay
 * (they date the evidence, not the reporter).</li>
 * <li>{@code docProps/app.xml}: company, manager, hyperlink base and template go.</li>
 * <li>{@code docProps/custom.xml} goes, with its relationship and content type.</li>
 * <li>Names and accounts of the people who commented or tracked changes (author,
 * initials, user and provider ids in any part; comment authors of workbooks and
 * presentations) are blanked, keeping the comments.</li>
 * <li>Links to local files ({@code file:} targets, such as the template Word attached
 * from the author's home folder) keep only the file name.</li>
 * <li>Pictures inside (media, thumbnail) are scrubbed like uploaded ones.</li>
 * <li>Zip entry times are reset, as they record when and in which time zone the author
 * saved.</li>
 * </ul>
 * Documents with macros are refused. Packages that unpack beyond
 * {@link #MAX_UNPACKED_BYTES} or hold more than {@link #MAX_ENTRIES} parts are refused as
 * zip bombs.
 */
final class OfficeScrubber {

	static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String CUSTOM_PROPERTIES = "docProps/custom.xml";

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

	private static final Set<String> CORE_REMOVED = Set.of("creator", "lastModifiedBy", "lastPrinted", "title",
			"subject", "description", "keywords", "category", "contentStatus", "identifier", "language", "version",
			"revision");

	private static final Set<String> APP_REMOVED = Set.of("Company", "Manager", "HyperlinkBase", "Template");

	// attributes naming people in comments, tracked changes and co-authoring
	private static final Set<String> PERSON_ATTRIBUTES = Set.of("author", "initials", "userId", "providerId");

	private static final String[] PERSON_ATTRIBUTE_MARKERS = { "author=", "initials=", "userId=", "providerId=" };

	// 1980-01-01, the earliest time a zip entry holds
	private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	private OfficeScrubber() {
	}

	/**
	 * What kind of Office document a zip package is.
	 * @param parts the package's parts
	 * @return the type
	 * @throws EvidenceRejectedException when it is another kind of zip or has macros
	 */
	static EvidenceType typeOf(Map<String, byte[]> parts) {
		byte[] contentTypes = parts.get(CONTENT_TYPES);
		if (contentTypes == null) {
			throw new EvidenceRejectedException(Reason.UNSUPPORTED_TYPE);
		}
		EvidenceType type = null;
		NodeList nodes = SafeXml.parse(contentTypes).getDocumentElement().getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element) {
				String contentType = element.getAttribute("ContentType");
				if (MACRO_PARTS.contains(contentType)) {
					throw new EvidenceRejectedException(Reason.MACROS);
				}
				if ("Override".equals(element.getLocalName()) && MAIN_PARTS.containsKey(contentType)) {
					type = MAIN_PARTS.get(contentType);
				}
			}
		}
		if (type == null) {
			throw new EvidenceRejectedException(Reason.UNSUPPORTED_TYPE);
		}
		return type;
	}

	/**
	 * Reads the parts of a zip package, in their order.
	 * @param zip the package
	 * @return the parts by name
	 * @throws EvidenceRejectedException when it is not a readable zip or unpacks too
	 * large
	 */
	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		long unpacked = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				if (parts.size() >= MAX_ENTRIES) {
					throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED);
				}
				byte[] content = read(in, MAX_UNPACKED_BYTES - unpacked);
				unpacked += content.length;
				if (parts.put(entry.getName(), content) != null) {
					// two parts of one name: readers disagree on which counts
					throw new EvidenceRejectedException(Reason.DAMAGED);
				}
			}
		}
		catch (ZipException ex) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		catch (IOException ex) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		if (parts.isEmpty()) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
		return parts;
	}

	private static byte[] read(InputStream in, long allowed) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > allowed) {
				throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED);
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * Scrubs an Office package already read with {@link #unzip}.
	 * @param parts the package's parts, in order
	 * @return the scrubbed package
	 */
	static byte[] scrub(Map<String, byte[]> parts) {
		Map<String, byte[]> scrubbed = new LinkedHashMap<>();
		boolean dropCustom = parts.containsKey(CUSTOM_PROPERTIES);
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			String name = part.getKey();
			if (name.equals(CUSTOM_PROPERTIES)) {
				continue;
			}
			scrubbed.put(name, scrubPart(name, part.getValue(), dropCustom));
		}
		return zip(scrubbed);
	}

	private static byte[] scrubPart(String name, byte[] content, boolean dropCustom) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png")) {
			return scrubPicture(content);
		}
		if (!(lower.endsWith(".xml") || lower.endsWith(".rels"))) {
			return content;
		}
		boolean core = name.equals("docProps/core.xml");
		boolean app = name.equals("docProps/app.xml");
		boolean contentTypes = name.equals(CONTENT_TYPES);
		boolean rels = lower.endsWith(".rels");
		boolean workbookComments = lower.startsWith("xl/comments") || lower.startsWith("xl/persons/");
		boolean presentationAuthors = lower.equals("ppt/commentauthors.xml") || lower.equals("ppt/authors.xml");
		if (!(core || app || contentTypes || rels || workbookComments || presentationAuthors
				|| mentionsPeople(content))) {
			return content;
		}
		Document document = SafeXml.parse(content);
		Element root = document.getDocumentElement();
		if (core) {
			removeChildren(root, CORE_REMOVED);
		}
		if (app) {
			removeChildren(root, APP_REMOVED);
		}
		if (contentTypes && dropCustom) {
			removeWhere(root, (element) -> ("/" + CUSTOM_PROPERTIES).equals(element.getAttribute("PartName")));
		}
		if (rels) {
			scrubRelationships(root, name, dropCustom);
		}
		if (workbookComments) {
			// <authors><author>Name</author> and <person displayName="..."/>
			forEachElement(root, (element) -> {
				if ("author".equals(element.getLocalName())) {
					element.setTextContent("");
				}
				blankAttribute(element, "displayName");
			});
		}
		if (presentationAuthors) {
			forEachElement(root, (element) -> blankAttribute(element, "name"));
		}
		forEachElement(root, (element) -> {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr attribute = (Attr) attributes.item(i);
				String local = (attribute.getLocalName() != null) ? attribute.getLocalName() : attribute.getName();
				if (PERSON_ATTRIBUTES.contains(local)) {
					attribute.setValue("");
				}
			}
		});
		return SafeXml.write(document);
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

	private static boolean mentionsPeople(byte[] content) {
		String text = new String(content, StandardCharsets.ISO_8859_1);
		for (String marker : PERSON_ATTRIBUTE_MARKERS) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return false;
	}

	private static void scrubRelationships(Element root, String name, boolean dropCustom) {
		if (dropCustom && name.equals("_rels/.rels")) {
			removeWhere(root, (element) -> {
				String target = element.getAttribute("Target");
				return target.equals(CUSTOM_PROPERTIES) || target.equals("/" + CUSTOM_PROPERTIES);
			});
		}
		forEachElement(root, (element) -> {
			String target = element.getAttribute("Target");
			if ("External".equals(element.getAttribute("TargetMode")) && target.regionMatches(true, 0, "file:", 0, 5)) {
				// file:///C:/Users/<name>/... keeps only the file name
				String file = target.substring(Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\')) + 1);
				element.setAttribute("Target", "file:///" + file);
			}
		});
	}

	private static void removeChildren(Element root, Set<String> localNames) {
		removeWhere(root, (element) -> localNames.contains(element.getLocalName()));
	}

	private static void removeWhere(Element root, java.util.function.Predicate<Element> condition) {
		List<Node> doomed = new ArrayList<>();
		NodeList children = root.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && condition.test(element)) {
				doomed.add(element);
			}
		}
		doomed.forEach(root::removeChild);
	}

	private static void forEachElement(Element root, java.util.function.Consumer<Element> action) {
		action.accept(root);
		NodeList elements = root.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < elements.getLength(); i++) {
			action.accept((Element) elements.item(i));
		}
	}

	private static void blankAttribute(Element element, String localName) {
		if (element.hasAttribute(localName)) {
			element.setAttribute(localName, "");
		}
	}

	private static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				ZipEntry entry = new ZipEntry(part.getKey());
				entry.setTimeLocal(ZIP_EPOCH);
				zip.putNextEntry(entry);
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the scrubbed package", ex);
		}
		return out.toByteArray();
	}

}
