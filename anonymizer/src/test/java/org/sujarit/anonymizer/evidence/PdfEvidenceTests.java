package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sujarit.anonymizer.evidence.EvidenceFiles.OWNER;

class PdfEvidenceTests {

	private static final String PAGE_TEXT = "Receipt 105000 baht paid to the procurement officer";

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@Test
	void pdfLosesItsInformationXmpCommentAuthorsAndPhotoExifButStillOpens() throws IOException {
		byte[] pdf = pdf((document) -> {
		});
		try (PDDocument original = Loader.loadPDF(pdf)) {
			assertThat(original.getDocumentInformation().getAuthor()).isEqualTo(OWNER);
			assertThat(original.getDocumentCatalog().getMetadata()).isNotNull();
		}

		ScrubbedEvidence scrubbed = this.scrubber.scrub(OWNER + ".pdf", "application/pdf", pdf, 2);

		assertThat(scrubbed.type()).isEqualTo(EvidenceType.PDF);
		assertThat(scrubbed.fileName()).isEqualTo("evidence-2.pdf");
		try (PDDocument document = Loader.loadPDF(scrubbed.content())) {
			assertThat(document.getDocument().getTrailer().getDictionaryObject(COSName.INFO)).isNull();
			PDDocumentInformation information = document.getDocumentInformation();
			assertThat(information.getAuthor()).isNull();
			assertThat(information.getCreator()).isNull();
			assertThat(information.getProducer()).isNull();
			assertThat(information.getTitle()).isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
			for (COSDictionary dictionary : dictionaries(document)) {
				assertThat(dictionary.containsKey(COSName.METADATA)).isFalse();
			}
			// still a document with its text, its comment and its picture
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains(PAGE_TEXT);
			PDPage page = document.getPage(0);
			List<PDAnnotation> annotations = page.getAnnotations();
			assertThat(annotations).hasSize(1);
			assertThat(annotations.get(0).getContents()).isEqualTo("Signed on the 12th");
			assertThat(annotations.get(0).getCOSObject().containsKey(COSName.T)).isFalse();
			PDImageXObject image = (PDImageXObject) page.getResources()
				.getXObject(page.getResources().getXObjectNames().iterator().next());
			assertThat(image.getImage().getWidth()).isEqualTo(64);
			byte[] raw;
			try (InputStream in = image.getCOSObject().createRawInputStream()) {
				raw = in.readAllBytes();
			}
			assertThat(EvidenceFiles.contains(raw, "Exif")).isFalse();
			assertThat(EvidenceFiles.contains(raw, OWNER)).isFalse();
		}
		assertThat(EvidenceFiles.contains(scrubbed.content(), OWNER)).isFalse();
	}

	@Test
	void pdfRestrictedOnlyByAnOwnerPasswordIsScrubbedAndUnlocked() throws IOException {
		byte[] pdf = pdf((document) -> protect(document, ""));
		ScrubbedEvidence scrubbed = this.scrubber.scrub("a.pdf", "application/pdf", pdf, 1);
		try (PDDocument document = Loader.loadPDF(scrubbed.content())) {
			assertThat(document.isEncrypted()).isFalse();
			assertThat(document.getDocumentInformation().getAuthor()).isNull();
			assertThat(new PDFTextStripper().getText(document)).contains(PAGE_TEXT);
		}
	}

	@Test
	void pdfThatNeedsAPasswordIsRefused() {
		byte[] pdf = pdf((document) -> protect(document, "secret"));
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.pdf", "application/pdf", pdf, 1))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.ENCRYPTED);
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
				assertThat(ex.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("file");
					assertThat(error.rule()).isEqualTo("not-encrypted");
					assertThat(error.messageTh()).isNotBlank();
				});
			});
	}

	@Test
	void brokenPdfIsRefusedAsDamaged() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> this.scrubber.scrub("a.pdf", "application/pdf", broken, 1))
			.extracting(EvidenceRejectedException::reason)
			.isEqualTo(Reason.DAMAGED);
	}

	private static void protect(PDDocument document, String userPassword) {
		try {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + OWNER, userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * A one-page PDF with text, a phone photo (with its EXIF), a comment by the owner, an
	 * information dictionary and XMP naming the owner.
	 */
	private static byte[] pdf(Consumer<PDDocument> customizer) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject photo = JPEGFactory.createFromByteArray(document, EvidenceFiles.phonePhoto());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(PAGE_TEXT);
				content.endText();
				content.drawImage(photo, 72, 500);
			}
			PDAnnotationText comment = new PDAnnotationText();
			comment.setRectangle(new PDRectangle(72, 650, 20, 20));
			comment.setContents("Signed on the 12th");
			comment.setTitlePopup(OWNER);
			page.getAnnotations().add(comment);
			PDDocumentInformation information = document.getDocumentInformation();
			information.setAuthor(OWNER);
			information.setCreator("Word for " + OWNER);
			information.setProducer("Scanner of " + OWNER);
			information.setTitle("Notes by " + OWNER);
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(
					("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + OWNER + "</dc:creator></x:xmpmeta>")
						.getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
			customizer.accept(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<COSDictionary> dictionaries(PDDocument document) {
		List<COSDictionary> dictionaries = new ArrayList<>();
		for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
			COSBase object = document.getDocument().getObjectFromPool(key).getObject();
			if (object instanceof COSDictionary dictionary) {
				dictionaries.add(dictionary);
			}
			if (object instanceof COSStream stream) {
				dictionaries.add(stream);
			}
		}
		return dictionaries;
	}

}
