package org.sujarit.anonymizer.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;
import org.sujarit.anonymizer.evidence.OfficeScrubber.PartKind;

/**
 * Reads and rewrites the XML parts of Office documents as streams of events (StAX): only
 * the element being read is in memory, never a part's tree, and the number of elements
 * and their depth are counted against the {@link EvidenceLimits} as they come. The parser
 * does not reach out: no DTDs (a part with one is refused), no external entities.
 */
final class StreamingXml {

	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String BLANK_TARGET = "about:blank";

	private static final Set<String> CORE_REMOVED = Set.of("creator", "lastModifiedBy", "lastPrinted", "title",
			"subject", "description", "keywords", "category", "contentStatus", "identifier", "language", "version",
			"revision");

	private static final Set<String> APP_REMOVED = Set.of("Company", "Manager", "HyperlinkBase", "Template");

	// attributes naming people in comments, tracked changes and co-authoring
	private static final Set<String> PERSON_ATTRIBUTES = Set.of("author", "initials", "userId", "providerId");

	// elements that embed or link something that runs or reaches out: OLE objects (Word's
	// o:OLEObject, Excel's oleObjects), ActiveX controls, attached templates, workbook
	// links to other files
	private static final Set<String> ACTIVE_ELEMENTS = Set.of("OLEObject", "oleObjects", "control", "controls",
			"attachedTemplate", "externalReferences");

	// relationships to what the copy leaves out, whatever their target says
	private static final Set<String> ACTIVE_RELATIONSHIPS = Set.of("oleObject", "package", "control",
			"activeXControlBinary", "attachedTemplate", "externalLink", "externalLinkPath", "vbaProject", "wordVbaData",
			"subDocument", "frame", "customProperties");

	// field instructions (Word): DDE, INCLUDEPICTURE, INCLUDETEXT and every other field
	private static final Set<String> INSTRUCTIONS = Set.of("instrText", "delInstrText");

	// longest formula Excel writes
	private static final int MAX_FORMULA_LENGTH = 8192;

	private StreamingXml() {
	}

	/**
	 * Reads a package's {@code [Content_Types].xml}.
	 * @return the document type its main part declares, or null
	 * @throws EvidenceRejectedException when a macro part is declared or the part is
	 * unreadable or over a limit
	 */
	static EvidenceType contentTypes(InputStream in, EvidenceLimits limits, Map<String, EvidenceType> mainParts,
			Set<String> macroParts) {
		EvidenceType type = null;
		XMLEventReader reader = reader(in);
		Limits counted = new Limits(limits);
		try {
			while (reader.hasNext()) {
				XMLEvent event = reader.nextEvent();
				counted.check(event);
				if (event.isStartElement()) {
					StartElement element = event.asStartElement();
					String contentType = value(element, "ContentType");
					if (contentType != null && macroParts.contains(contentType)) {
						throw new EvidenceRejectedException(Reason.MACROS);
					}
					if ("Override".equals(element.getName().getLocalPart()) && contentType != null
							&& mainParts.containsKey(contentType)) {
						type = mainParts.get(contentType);
					}
				}
			}
			return type;
		}
		catch (XMLStreamException ex) {
			throw rejection(ex);
		}
	}

	/**
	 * Rewrites one part without what identifies people or runs or reaches out.
	 * @param kind which part it is
	 * @param in the part
	 * @param out where the scrubbed part goes (not closed)
	 * @param limits the limits
	 */
	static void scrub(PartKind kind, InputStream in, OutputStream out, EvidenceLimits limits) {
		XMLEventReader reader = reader(in);
		XMLEventFactory events = XMLEventFactory.newDefaultFactory();
		Limits counted = new Limits(limits);
		try {
			XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
			int depth = 0;
			// depth of the element being left out (with everything in it), 0 when none
			int skipping = 0;
			// depth of the element whose text is blanked, 0 when none
			int blanking = 0;
			// a spreadsheet formula held back until it is known not to call out
			List<XMLEvent> formula = null;
			int formulaDepth = 0;
			int formulaLength = 0;
			while (reader.hasNext()) {
				XMLEvent event = reader.nextEvent();
				counted.check(event);
				switch (event.getEventType()) {
					case XMLEvent.START_DOCUMENT -> writer.add(events.createStartDocument("UTF-8", "1.0", true));
					case XMLEvent.START_ELEMENT -> {
						depth++;
						if (skipping > 0) {
							continue;
						}
						StartElement element = event.asStartElement();
						String local = element.getName().getLocalPart();
						if (leftOut(kind, element, depth)) {
							skipping = depth;
							continue;
						}
						if (blanking == 0 && (INSTRUCTIONS.contains(local)
								|| (kind == PartKind.WORKBOOK_COMMENTS && local.equals("author")))) {
							blanking = depth;
						}
						StartElement rewritten = rewrite(kind, element, events);
						if (kind == PartKind.SPREADSHEET && local.equals("f")
								&& SPREADSHEET.equals(element.getName().getNamespaceURI()) && formula == null) {
							formula = new ArrayList<>();
							formulaDepth = depth;
							formulaLength = 0;
							formula.add(rewritten);
						}
						else if (formula != null) {
							formula.add(rewritten);
						}
						else {
							writer.add(rewritten);
						}
					}
					case XMLEvent.END_ELEMENT -> {
						if (skipping > 0) {
							if (depth == skipping) {
								skipping = 0;
							}
							depth--;
							continue;
						}
						if (depth == blanking) {
							blanking = 0;
						}
						if (formula != null) {
							formula.add(event);
							if (depth == formulaDepth) {
								if (!callsOut(formula, formulaLength)) {
									for (XMLEvent held : formula) {
										writer.add(held);
									}
								}
								formula = null;
							}
						}
						else {
							writer.add(event);
						}
						depth--;
					}
					case XMLEvent.CHARACTERS, XMLEvent.CDATA, XMLEvent.SPACE -> {
						if (skipping > 0 || blanking > 0) {
							continue;
						}
						if (formula != null) {
							formulaLength += event.asCharacters().getData().length();
							if (formulaLength <= MAX_FORMULA_LENGTH) {
								formula.add(event);
							}
						}
						else {
							writer.add(event);
						}
					}
					case XMLEvent.PROCESSING_INSTRUCTION -> {
						if (skipping == 0 && formula == null) {
							writer.add(event);
						}
					}
					case XMLEvent.END_DOCUMENT -> writer.add(event);
					case XMLEvent.DTD, XMLEvent.ENTITY_REFERENCE, XMLEvent.ENTITY_DECLARATION,
							XMLEvent.NOTATION_DECLARATION ->
						throw new EvidenceRejectedException(Reason.DAMAGED);
					default -> {
						// comments go: they name nobody Office needs
					}
				}
			}
			writer.flush();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw rejection(ex);
		}
	}

	private static boolean leftOut(PartKind kind, StartElement element, int depth) {
		String local = element.getName().getLocalPart();
		if (ACTIVE_ELEMENTS.contains(local)) {
			return true;
		}
		return switch (kind) {
			case CORE -> depth == 2 && CORE_REMOVED.contains(local);
			case APP -> depth == 2 && APP_REMOVED.contains(local);
			case CONTENT_TYPES -> local.equals("Override") && value(element, "PartName") != null
					&& OfficeScrubber.dropped(value(element, "PartName"));
			case RELATIONSHIPS -> local.equals("Relationship") && leftOutRelationship(element);
			default -> false;
		};
	}

	private static boolean leftOutRelationship(StartElement relationship) {
		String type = value(relationship, "Type");
		if (type != null && ACTIVE_RELATIONSHIPS.contains(type.substring(type.lastIndexOf('/') + 1))) {
			return true;
		}
		String target = value(relationship, "Target");
		return target != null && !"External".equals(value(relationship, "TargetMode"))
				&& OfficeScrubber.dropped(target);
	}

	private static StartElement rewrite(PartKind kind, StartElement element, XMLEventFactory events) {
		String local = element.getName().getLocalPart();
		boolean external = kind == PartKind.RELATIONSHIPS && local.equals("Relationship")
				&& "External".equals(value(element, "TargetMode"));
		List<Attribute> attributes = new ArrayList<>();
		boolean changed = false;
		for (Iterator<Attribute> it = element.getAttributes(); it.hasNext();) {
			Attribute attribute = it.next();
			QName name = attribute.getName();
			String attributeLocal = name.getLocalPart();
			String value = attribute.getValue();
			String replaced = value;
			if (PERSON_ATTRIBUTES.contains(attributeLocal)
					|| (kind == PartKind.WORKBOOK_COMMENTS && attributeLocal.equals("displayName"))
					|| (kind == PartKind.PRESENTATION_AUTHORS && attributeLocal.equals("name"))
					|| attributeLocal.equals("instr")) {
				replaced = "";
			}
			else if (external && attributeLocal.equals("Target")) {
				// a web page, a share, a template on the author's disk: nothing to fetch
				replaced = BLANK_TARGET;
			}
			else if (local.equals("oleObj") && R.equals(name.getNamespaceURI())) {
				// a presentation's OLE object keeps its picture, not the object
				changed = true;
				continue;
			}
			if (!replaced.equals(value)) {
				changed = true;
				attributes.add(events.createAttribute(name, replaced));
			}
			else {
				attributes.add(attribute);
			}
		}
		if (!changed) {
			return element;
		}
		QName name = element.getName();
		return events.createStartElement(name.getPrefix(), name.getNamespaceURI(), local, attributes.iterator(),
				element.getNamespaces(), element.getNamespaceContext());
	}

	private static boolean callsOut(List<XMLEvent> formula, int length) {
		if (length > MAX_FORMULA_LENGTH) {
			return true;
		}
		StringBuilder text = new StringBuilder();
		for (XMLEvent event : formula) {
			if (event.isCharacters()) {
				text.append(event.asCharacters().getData());
			}
		}
		// DDE: =program|topic!item
		return text.indexOf("|") >= 0;
	}

	private static String value(StartElement element, String localName) {
		Attribute attribute = element.getAttributeByName(new QName(localName));
		return (attribute != null) ? attribute.getValue() : null;
	}

	private static XMLEventReader reader(InputStream in) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		try {
			return factory.createXMLEventReader(in);
		}
		catch (XMLStreamException ex) {
			throw rejection(ex);
		}
	}

	private static EvidenceRejectedException rejection(XMLStreamException ex) {
		// a limit hit while the parser read the part arrives wrapped
		Throwable cause = ex;
		for (int i = 0; i < 8 && cause != null; i++) {
			if (cause instanceof EvidenceRejectedException rejected) {
				return rejected;
			}
			cause = (cause instanceof XMLStreamException stream && stream.getNestedException() != null)
					? stream.getNestedException() : cause.getCause();
		}
		return new EvidenceRejectedException(Reason.DAMAGED);
	}

	/** Counts a part's elements and their depth against the limits. */
	private static final class Limits {

		private final EvidenceLimits limits;

		private int elements;

		private int depth;

		Limits(EvidenceLimits limits) {
			this.limits = limits;
		}

		void check(XMLEvent event) {
			if (event.isStartElement()) {
				this.elements++;
				this.depth++;
				if (this.elements > this.limits.maxElements()) {
					throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "elements");
				}
				if (this.depth > this.limits.maxDepth()) {
					throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "depth");
				}
			}
			else if (event.isEndElement()) {
				this.depth--;
			}
		}

	}

}
