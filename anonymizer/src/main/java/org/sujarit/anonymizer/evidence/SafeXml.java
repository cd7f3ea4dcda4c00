package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses and writes the XML parts of Office documents without the parser reaching out: no
 * DTDs, no external entities, no XInclude (an uploaded document is hostile input).
 */
final class SafeXml {

	private SafeXml() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No secure XML parser available", ex);
		}
		catch (SAXException | IOException ex) {
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
	}

	static byte[] write(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			// Office writes standalone="yes" and expects to read it back
			document.setXmlStandalone(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Could not write an XML part", ex);
		}
	}

}
