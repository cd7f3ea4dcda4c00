package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

/**
 * Removes the metadata of a PDF with PDFBox.
 * <p>
 * Goes: the document information dictionary (author, creator, producer, title, subject,
 * keywords, dates), every XMP metadata stream (the document's, its pages', images' and
 * fonts'), application private data (PieceInfo), the author name on comments and other
 * markup annotations, and the EXIF, XMP and comments inside embedded JPEG images (a
 * phone's "scan to PDF" keeps the photo's GPS position there). Restrictions set with an
 * owner password only are dropped; a PDF that needs a password to open is refused. The
 * file is written anew, so earlier revisions that incremental saves leave behind, with
 * their own metadata, are gone as well.
 */
final class PdfScrubber {

	private PdfScrubber() {
	}

	/**
	 * Scrubs a PDF.
	 * @param pdf the original
	 * @return the document without metadata
	 * @throws EvidenceRejectedException when it is protected by a password or cannot be
	 * read
	 */
	static byte[] scrub(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.isEncrypted()) {
				// it opened without a password: only an owner password restricts it
				document.setAllSecurityToBeRemoved(true);
			}
			document.getDocument().getTrailer().removeItem(COSName.INFO);
			for (COSDictionary dictionary : indirectDictionaries(document)) {
				dictionary.removeItem(COSName.METADATA);
				dictionary.removeItem(COSName.PIECE_INFO);
				if (dictionary instanceof COSStream stream && isJpegImage(stream)) {
					stripJpeg(stream);
				}
			}
			document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
			for (PDPage page : document.getPages()) {
				page.getCOSObject().removeItem(COSName.METADATA);
				page.getCOSObject().removeItem(COSName.PIECE_INFO);
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationMarkup) {
						// /T is the author of a comment (of a form field it is its name)
						annotation.getCOSObject().removeItem(COSName.T);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
		catch (InvalidPasswordException ex) {
			throw new EvidenceRejectedException(Reason.ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof EvidenceRejectedException rejected) {
				throw rejected;
			}
			throw new EvidenceRejectedException(Reason.DAMAGED);
		}
	}

	private static List<COSDictionary> indirectDictionaries(PDDocument document) {
		List<COSDictionary> dictionaries = new ArrayList<>();
		for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
			COSBase object = document.getDocument().getObjectFromPool(key).getObject();
			if (object instanceof COSDictionary dictionary) {
				dictionaries.add(dictionary);
			}
		}
		return dictionaries;
	}

	private static boolean isJpegImage(COSStream stream) {
		if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
			return false;
		}
		COSBase filter = stream.getDictionaryObject(COSName.FILTER);
		if (filter instanceof COSArray array) {
			return array.size() == 1 && COSName.DCT_DECODE.equals(array.getObject(0));
		}
		return COSName.DCT_DECODE.equals(filter);
	}

	private static void stripJpeg(COSStream stream) throws IOException {
		byte[] jpeg;
		try (InputStream in = stream.createRawInputStream()) {
			jpeg = in.readAllBytes();
		}
		byte[] stripped = JpegScrubber.strip(jpeg);
		if (stripped.length != jpeg.length) {
			try (OutputStream out = stream.createRawOutputStream()) {
				out.write(stripped);
			}
		}
	}

}
