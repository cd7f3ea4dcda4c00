package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
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
 * <p>
 * Nothing in the copy runs or reaches out when it is opened: document and page open
 * actions, additional actions ({@code /AA}) of pages, annotations and form fields, every
 * action other than a jump inside the document (JavaScript, Launch, URI, SubmitForm,
 * GoToR, ImportData ...), the document's JavaScript and embedded files, files attached to
 * annotations and file specifications, portfolios, rich media and XFA forms go.
 * <p>
 * The work is bounded by the {@link EvidenceLimits}: PDFBox writes new streams in capped
 * memory; a file listing too many objects or pages, or whose object streams would inflate
 * beyond the limit, is refused before any object in them is read.
 */
final class PdfScrubber {

	// document open action, additional actions, the JavaScript and embedded files name
	// trees, JavaScript of an action, files inside file specifications and annotations,
	// portfolios, rich media, XFA forms
	private static final List<COSName> ACTIVE_KEYS = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.JAVA_SCRIPT,
			COSName.JS, COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("RF"), COSName.FS, COSName.COLLECTION,
			COSName.getPDFName("RichMediaContent"), COSName.XFA);

	private static final COSName GO_TO = COSName.getPDFName("GoTo");

	// action types that run something, open or fetch something outside the document, or
	// send something out
	private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "URI", "SubmitForm", "GoToR",
			"GoToE", "ImportData", "Rendition", "RichMediaExecute", "Sound", "Movie");

	private PdfScrubber() {
	}

	/**
	 * Scrubs a PDF.
	 * @param pdf the original
	 * @return the document without metadata
	 * @throws EvidenceRejectedException when it is protected by a password or cannot be
	 * read
	 */
	static byte[] scrub(byte[] pdf, EvidenceLimits limits) {
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(limits.pdfMaxMemory().toBytes()).streamCache)) {
			checkLimits(document, limits);
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
				disarm(dictionary, 0);
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

	/**
	 * Refuses a document that would cost too much to read: too many objects or pages, or
	 * object streams that inflate beyond the limit (PDFBox would inflate each whole into
	 * memory when an object in it is first read). Only the object streams' raw bytes are
	 * read here, inflated into nothing but a count.
	 */
	private static void checkLimits(PDDocument document, EvidenceLimits limits) throws IOException {
		Map<COSObjectKey, Long> xref = document.getDocument().getXrefTable();
		if (xref.size() > limits.pdfMaxObjects()) {
			throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "pdf-objects");
		}
		Set<Long> objectStreams = new HashSet<>();
		for (Long offset : xref.values()) {
			if (offset != null && offset < 0) {
				objectStreams.add(-offset);
			}
		}
		long budget = limits.pdfMaxObjectStreamSize().toBytes();
		for (Long number : objectStreams) {
			COSObject object = document.getDocument().getObjectFromPool(new COSObjectKey(number, 0));
			if (!(object.getObject() instanceof COSStream stream)) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			budget -= inflatedSize(stream, budget);
		}
		if (document.getNumberOfPages() > limits.pdfMaxPages()) {
			throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "pdf-pages");
		}
	}

	// what an object stream inflates to, counted up to the budget left
	private static long inflatedSize(COSStream stream, long budget) throws IOException {
		COSBase filter = stream.getDictionaryObject(COSName.FILTER);
		if (filter instanceof COSArray array && array.size() == 1) {
			filter = array.getObject(0);
		}
		try (InputStream raw = stream.createRawInputStream()) {
			if (filter == null) {
				long size = raw.transferTo(OutputStream.nullOutputStream());
				if (size > budget) {
					throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "pdf-object-streams");
				}
				return size;
			}
			if (!COSName.FLATE_DECODE.equals(filter)) {
				// writers compress object streams with Flate; anything else is not
				// counted
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			Inflater inflater = new Inflater();
			try {
				byte[] in = new byte[8192];
				byte[] out = new byte[65536];
				long size = 0;
				int n;
				while (!inflater.finished() && (n = raw.read(in)) > 0) {
					inflater.setInput(in, 0, n);
					while (!inflater.needsInput() && !inflater.finished()) {
						int inflated = inflater.inflate(out);
						size += inflated;
						if (size > budget) {
							throw new EvidenceRejectedException(Reason.TOO_LARGE_UNPACKED, "pdf-object-streams");
						}
						if (inflated == 0 && inflater.needsDictionary()) {
							throw new EvidenceRejectedException(Reason.DAMAGED);
						}
					}
				}
				return size;
			}
			catch (DataFormatException ex) {
				throw new EvidenceRejectedException(Reason.DAMAGED);
			}
			finally {
				inflater.end();
			}
		}
	}

	/**
	 * Takes out what runs or reaches out from one dictionary and the direct dictionaries
	 * inside it (indirect ones are each handled on their own).
	 */
	private static void disarm(COSDictionary dictionary, int depth) {
		if (depth > 32) {
			return;
		}
		for (COSName key : ACTIVE_KEYS) {
			dictionary.removeItem(key);
		}
		COSBase action = dictionary.getDictionaryObject(COSName.A);
		if (action instanceof COSDictionary actionDictionary && actionDictionary.containsKey(COSName.S)) {
			if (GO_TO.equals(actionDictionary.getCOSName(COSName.S))) {
				// a jump inside the document stays, without actions chained to it
				actionDictionary.removeItem(COSName.NEXT);
			}
			else {
				dictionary.removeItem(COSName.A);
			}
		}
		COSName type = dictionary.getCOSName(COSName.S);
		if (type != null && ACTIVE_ACTIONS.contains(type.getName())) {
			// an action reached some other way (a chain, a name tree): it does nothing
			dictionary.clear();
			dictionary.setItem(COSName.S, GO_TO);
			dictionary.setItem(COSName.D, new COSArray());
		}
		else if (GO_TO.equals(type)) {
			dictionary.removeItem(COSName.NEXT);
		}
		for (COSBase value : new ArrayList<>(dictionary.getValues())) {
			disarmDirect(value, depth + 1);
		}
	}

	private static void disarmDirect(COSBase value, int depth) {
		if (value instanceof COSDictionary inner && !(value instanceof COSStream)) {
			disarm(inner, depth);
		}
		else if (value instanceof COSArray array && depth <= 32) {
			for (int i = 0; i < array.size(); i++) {
				disarmDirect(array.get(i), depth + 1);
			}
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
