package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.OWNER;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.OWNER_TH;

class OfficeEvidenceTests {

	private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

	private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String CORE = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
			xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
			xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Notes of %1$s</dc:title>\
			<dc:creator>%1$s</dc:creator><cp:keywords>%2$s</cp:keywords><cp:lastModifiedBy>%1$s</cp:lastModifiedBy>\
			<cp:revision>3</cp:revision><cp:lastPrinted>2024-03-12T10:00:00Z</cp:lastPrinted>\
			<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-12T09:00:00Z</dcterms:created>\
			<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-12T10:30:00Z</dcterms:modified></cp:coreProperties>"""
		.formatted(OWNER, OWNER_TH);

	private static final String APP = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
			<Template>C:\\Users\\%1$s\\Normal.dotm</Template><Application>Microsoft Office Word</Application>\
			<Manager>%1$s</Manager><Company>%1$s Co., Ltd.</Company><Pages>1</Pages></Properties>""".formatted(OWNER);

	private static final String CUSTOM = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
			xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
			<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner">\
			<vt:lpwstr>%s</vt:lpwstr></property></Properties>""".formatted(OWNER);

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@Test
	void wordDocumentLosesAuthorsCompanyCustomPropertiesAndPhotoGpsButKeepsItsText() throws Exception {
		byte[] docx = docx();
		assertThat(EvidenceFiles.unzip(docx).values()).filteredOn((part) -> EvidenceFiles.contains(part, "Somchai"))
			.hasSizeGreaterThanOrEqualTo(6);

		ScrubbedEvidence scrubbed = this.scrubber.scrub("สมชาย-หลักฐาน.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, 5);

		assertThat(scrubbed.type()).isEqualTo(EvidenceType.DOCX);
		assertThat(scrubbed.fileName()).isEqualTo("evidence-5.docx");
		assertThat(scrubbed.declaredTypeMatched()).isTrue();
		Map<String, byte[]> parts = EvidenceFiles.unzip(scrubbed.content());
		// no trace of the owner in any part, pictures included
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			assertThat(EvidenceFiles.contains(part.getValue(), "Somchai")).as(part.getKey()).isFalse();
			assertThat(EvidenceFiles.contains(part.getValue(), OWNER_TH)).as(part.getKey()).isFalse();
		}
		assertThat(parts).doesNotContainKey("docProps/custom.xml");

		Document core = xml(parts.get("docProps/core.xml"));
		assertThat(core.getElementsByTagNameNS("*", "creator").getLength()).isZero();
		assertThat(core.getElementsByTagNameNS("*", "lastModifiedBy").getLength()).isZero();
		assertThat(core.getElementsByTagNameNS("*", "lastPrinted").getLength()).isZero();
		assertThat(core.getElementsByTagNameNS("*", "created").item(0).getTextContent())
			.isEqualTo("2024-03-12T09:00:00Z");
		Document app = xml(parts.get("docProps/app.xml"));
		assertThat(app.getElementsByTagNameNS("*", "Company").getLength()).isZero();
		assertThat(app.getElementsByTagNameNS("*", "Manager").getLength()).isZero();
		assertThat(app.getElementsByTagNameNS("*", "Application").item(0).getTextContent())
			.isEqualTo("Microsoft Office Word");

		// the package is still whole: every declared part exists, every internal link
		// points at a part
		Document types = xml(parts.get("[Content_Types].xml"));
		NodeList overrides = types.getElementsByTagNameNS(TYPES_NS, "Override");
		assertThat(overrides.getLength()).isEqualTo(4);
		for (int i = 0; i < overrides.getLength(); i++) {
			String part = ((Element) overrides.item(i)).getAttribute("PartName").substring(1);
			assertThat(parts).containsKey(part);
		}
		assertRelationshipTargetsExist(parts, "_rels/.rels", "");
		assertRelationshipTargetsExist(parts, "word/_rels/document.xml.rels", "word/");
		// a link to the author's disk (like any external link) no longer points anywhere
		assertThat(new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8))
			.contains("Target=\"about:blank\"")
			.doesNotContain("prices.xlsx", "somchai");

		// the text, the tracked change and the comment are all still there
		Document document = xml(parts.get("word/document.xml"));
		assertThat(document.getDocumentElement().getTextContent()).contains("นายพิชิต รุ่งเรือง", "105,000 บาท");
		Element insertion = (Element) document.getElementsByTagNameNS("*", "ins").item(0);
		assertThat(insertion.getAttributeNS(W, "author")).isEmpty();
		assertThat(insertion.getTextContent()).isEqualTo("เพิ่มเติม");
		Element comment = (Element) xml(parts.get("word/comments.xml")).getElementsByTagNameNS("*", "comment").item(0);
		assertThat(comment.getAttributeNS(W, "author")).isEmpty();
		assertThat(comment.getAttributeNS(W, "initials")).isEmpty();
		assertThat(comment.getTextContent()).isEqualTo("ตรวจแล้ว");
		ImageEvidenceTests.decode(parts.get("word/media/image1.jpeg"));

		// zip times no longer tell when and where it was saved
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(scrubbed.content()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
			}
		}
	}

	@Test
	void workbookAndPresentationAreDetectedFromTheirPackageAndScrubbed() throws Exception {
		Map<String, String> xlsx = new LinkedHashMap<>();
		xlsx.put("[Content_Types].xml", types("/xl/workbook.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
		xlsx.put("_rels/.rels", rootRels("xl/workbook.xml"));
		xlsx.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
		xlsx.put("xl/comments1.xml",
				"<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>"
						+ OWNER + "</author></authors><commentList/></comments>");
		xlsx.put("xl/persons/person.xml",
				"<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
						+ "<person displayName=\"" + OWNER + "\" id=\"{1}\" userId=\"somchai@example.com\""
						+ " providerId=\"AD\"/></personList>");
		xlsx.put("docProps/core.xml", CORE);
		ScrubbedEvidence workbook = this.scrubber.scrub("book.xlsx", "application/octet-stream",
				EvidenceFiles.zip(xlsx, Map.of()), 6);
		assertThat(workbook.type()).isEqualTo(EvidenceType.XLSX);
		assertThat(workbook.fileName()).isEqualTo("evidence-6.xlsx");
		assertThat(workbook.declaredTypeMatched()).isFalse();
		assertNoOwner(workbook);

		Map<String, String> pptx = new LinkedHashMap<>();
		pptx.put("[Content_Types].xml", types("/ppt/presentation.xml",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
		pptx.put("_rels/.rels", rootRels("ppt/presentation.xml"));
		pptx.put("ppt/presentation.xml",
				"<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
		pptx.put("ppt/commentAuthors.xml",
				"<p:cmAuthorLst xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
						+ "<p:cmAuthor id=\"1\" name=\"" + OWNER + "\" initials=\"SJ\" lastIdx=\"1\" clrIdx=\"0\"/>"
						+ "</p:cmAuthorLst>");
		pptx.put("docProps/core.xml", CORE);
		ScrubbedEvidence presentation = this.scrubber.scrub("slides.pptx", null, EvidenceFiles.zip(pptx, Map.of()), 7);
		assertThat(presentation.type()).isEqualTo(EvidenceType.PPTX);
		assertThat(presentation.fileName()).isEqualTo("evidence-7.pptx");
		assertNoOwner(presentation);
	}

	@Test
	void documentWithMacrosIsRefused() {
		Map<String, String> docm = new LinkedHashMap<>();
		docm.put("[Content_Types].xml",
				types("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"));
		docm.put("word/document.xml", "<w:document xmlns:w=\"" + W + "\"/>");
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.docx", null, EvidenceFiles.zip(docm, Map.of()), 1))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.MACROS);
				assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(ex.errors().get(0).rule()).isEqualTo("no-macros");
			});
	}

	@Test
	void zipThatIsNoOfficeDocumentIsRefused() {
		byte[] zip = EvidenceFiles.zip(Map.of("notes.txt", "hello"), Map.of());
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.docx", null, zip, 1))
			.extracting(EvidenceRejectedException::reason)
			.isEqualTo(Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void packageThatUnpacksTooLargeIsRefused() {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		for (int i = 0; i <= EvidenceLimits.defaults().maxEntries(); i++) {
			parts.put("x/" + i, new byte[0]);
		}
		byte[] many = EvidenceFiles.zip(
				Map.of("[Content_Types].xml",
						types("/word/document.xml",
								"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
				parts);
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.docx", null, many, 1))
			.extracting(EvidenceRejectedException::reason)
			.isEqualTo(Reason.TOO_LARGE_UNPACKED);
	}

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static byte[] docx() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Default Extension="jpeg" ContentType="image/jpeg"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				<Override PartName="/word/comments.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>\
				<Override PartName="/docProps/core.xml" \
				ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
				<Override PartName="/docProps/app.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
				<Override PartName="/docProps/custom.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				officeDocument" Target="word/document.xml"/>\
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/\
				core-properties" Target="docProps/core.xml"/>\
				<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				extended-properties" Target="docProps/app.xml"/>\
				<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				custom-properties" Target="docProps/custom.xml"/></Relationships>""");
		parts.put("word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="%1$s"><w:body><w:p><w:r><w:t>นายพิชิต รุ่งเรือง รับเงิน 105,000 บาท</w:t></w:r>\
				<w:ins w:id="1" w:author="%2$s" w:date="2024-03-12T10:00:00Z"><w:r><w:t>เพิ่มเติม</w:t></w:r></w:ins>\
				<w:commentReference w:id="0"/></w:p></w:body></w:document>""".formatted(W, OWNER));
		parts.put("word/_rels/document.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				comments" Target="comments.xml"/>\
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				image" Target="media/image1.jpeg"/>\
				<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
				hyperlink" Target="file:///C:\\Users\\somchai\\Documents\\prices.xlsx" TargetMode="External"/>\
				</Relationships>""");
		parts.put("word/comments.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:comments xmlns:w="%1$s"><w:comment w:id="0" w:author="%2$s" w:initials="SJ" \
				w:date="2024-03-12T10:00:00Z"><w:p><w:r><w:t>ตรวจแล้ว</w:t></w:r></w:p></w:comment></w:comments>"""
			.formatted(W, OWNER_TH));
		parts.put("docProps/core.xml", CORE);
		parts.put("docProps/app.xml", APP);
		parts.put("docProps/custom.xml", CUSTOM);
		return EvidenceFiles.zip(parts, Map.of("word/media/image1.jpeg", EvidenceFiles.phonePhoto()));
	}

	private static String types(String mainPart, String contentType) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"" + TYPES_NS + "\">"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"" + mainPart
				+ "\" ContentType=\"" + contentType + "\"/><Override PartName=\"/docProps/core.xml\" "
				+ "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";
	}

	private static String rootRels(String mainPart) {
		return "<Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
				+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
				+ mainPart + "\"/></Relationships>";
	}

	private static void assertNoOwner(ScrubbedEvidence scrubbed) {
		for (Map.Entry<String, byte[]> part : EvidenceFiles.unzip(scrubbed.content()).entrySet()) {
			assertThat(EvidenceFiles.contains(part.getValue(), "Somchai")).as(part.getKey()).isFalse();
			assertThat(EvidenceFiles.contains(part.getValue(), OWNER_TH)).as(part.getKey()).isFalse();
			assertThat(EvidenceFiles.contains(part.getValue(), "SJ")).as(part.getKey()).isFalse();
		}
	}

	private static void assertRelationshipTargetsExist(Map<String, byte[]> parts, String rels, String base)
			throws Exception {
		NodeList relationships = xml(parts.get(rels)).getElementsByTagNameNS(RELS_NS, "Relationship");
		assertThat(relationships.getLength()).isPositive();
		for (int i = 0; i < relationships.getLength(); i++) {
			Element relationship = (Element) relationships.item(i);
			if (!"External".equals(relationship.getAttribute("TargetMode"))) {
				assertThat(parts).containsKey(base + relationship.getAttribute("Target"));
			}
		}
	}

	private static Document xml(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try {
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
