package org.sujarit.anonymizer.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Evidence files shaped to exhaust whoever unpacks them, as an attacker would upload
 * them. Each is written as a stream (repeated chunks through a deflater), so building one
 * costs the test only the compressed size, never the unpacked size.
 */
public final class AttackFiles {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/word/document.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
			</Types>""";

	private static final String ROOT_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
			Target="word/document.xml"/></Relationships>""";

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private AttackFiles() {
	}

	/**
	 * The docx of issue 16: about 760 KB whose document part unpacks to 250 MB of 5
	 * million tracked insertions of one letter (20 million elements).
	 * @return the file
	 */
	public static byte[] manyElements() {
		return docx((out) -> {
			write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
					+ "\"><w:body><w:p>");
			repeat(out, "<w:ins w:author=\"x\"><w:r><w:t>A</w:t></w:r></w:ins>", 5_000_000);
			write(out, "</w:p></w:body></w:document>");
		});
	}

	/**
	 * A docx whose document part nests one million elements, one inside the other.
	 * @return the file
	 */
	public static byte[] deepNesting() {
		return docx((out) -> {
			write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>");
			repeat(out, "<w:p>", 1_000_000);
			// a tracked change's author, which the scrubber must blank
			write(out, "<w:ins w:author=\"x\"/>");
			repeat(out, "</w:p>", 1_000_000);
			write(out, "</w:body></w:document>");
		});
	}

	/**
	 * A docx of 20,000 empty parts.
	 * @return the file
	 */
	public static byte[] manyEntries() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			minimalPackage(zip);
			for (int i = 0; i < 20_000; i++) {
				zip.putNextEntry(new ZipEntry("word/x" + i + ".xml"));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A docx with one picture part that unpacks to 1 GiB of zeros.
	 * @return the file
	 */
	public static byte[] hugeEntry() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			minimalPackage(zip);
			zip.putNextEntry(new ZipEntry("word/media/image1.png"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A docx carrying other zip packages: an embedded Word document (an OLE package) and
	 * a zip posing as a picture.
	 * @return the file
	 */
	public static byte[] nestedZip() {
		byte[] inner = manyEntries();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			minimalPackage(zip);
			zip.putNextEntry(new ZipEntry("word/embeddings/Microsoft_Word_Document.docx"));
			zip.write(inner);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/media/image9.png"));
			zip.write(inner);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A PDF whose one page lives in an object stream that inflates to 1 GiB (a page
	 * dictionary with an array of half a billion zeros).
	 * @return the file
	 */
	public static byte[] pdfWithHugeObjectStream() {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
			String header = "4 0 ";
			write(out, header);
			write(out, "<</Type/Page/Parent 3 0 R/MediaBox[0 0 10 10]/Junk[");
			repeat(out, "0 ", 512 * 1024 * 1024);
			write(out, "]>>");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		long[] offsets = new long[6];
		write(pdf, "%PDF-1.5\n%\u00e2\u00e3\n");
		offsets[1] = pdf.size();
		write(pdf, "1 0 obj\n<</Type/Catalog/Pages 3 0 R>>\nendobj\n");
		offsets[3] = pdf.size();
		write(pdf, "3 0 obj\n<</Type/Pages/Kids[4 0 R]/Count 1>>\nendobj\n");
		offsets[2] = pdf.size();
		write(pdf, "2 0 obj\n<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length " + deflated.size() + ">>\nstream\n");
		pdf.writeBytes(deflated.toByteArray());
		write(pdf, "\nendstream\nendobj\n");
		offsets[5] = pdf.size();
		// the cross-reference stream: object 4 is the first in object stream 2
		ByteArrayOutputStream xref = new ByteArrayOutputStream();
		xrefEntry(xref, 0, 0, 65535);
		xrefEntry(xref, 1, offsets[1], 0);
		xrefEntry(xref, 1, offsets[2], 0);
		xrefEntry(xref, 1, offsets[3], 0);
		xrefEntry(xref, 2, 2, 0);
		xrefEntry(xref, 1, offsets[5], 0);
		write(pdf, "5 0 obj\n<</Type/XRef/Size 6/W[1 4 2]/Root 1 0 R/Length " + xref.size() + ">>\nstream\n");
		pdf.writeBytes(xref.toByteArray());
		write(pdf, "\nendstream\nendobj\nstartxref\n" + offsets[5] + "\n%%EOF\n");
		return pdf.toByteArray();
	}

	/**
	 * The names of a zip's entries.
	 * @param zip the zip
	 * @return the names, in order
	 */
	public static List<String> entryNames(byte[] zip) {
		List<String> names = new ArrayList<>();
		forEachEntry(zip, (name, content) -> names.add(name));
		return names;
	}

	/**
	 * The entries of a zip that are zips themselves.
	 * @param zip the zip
	 * @return their names
	 */
	public static List<String> entriesStartingWithZip(byte[] zip) {
		List<String> names = new ArrayList<>();
		forEachEntry(zip, (name, content) -> {
			if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
				names.add(name);
			}
		});
		return names;
	}

	private static void forEachEntry(byte[] zip, java.util.function.BiConsumer<String, byte[]> action) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				action.accept(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void xrefEntry(ByteArrayOutputStream out, int type, long field2, int field3) {
		out.write(type);
		out.write((int) (field2 >>> 24));
		out.write((int) (field2 >>> 16));
		out.write((int) (field2 >>> 8));
		out.write((int) field2);
		out.write(field3 >>> 8);
		out.write(field3);
	}

	private static byte[] docx(Part document) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			write(zip, CONTENT_TYPES);
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			write(zip, ROOT_RELS);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			document.write(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void minimalPackage(ZipOutputStream zip) throws IOException {
		zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
		write(zip, CONTENT_TYPES);
		zip.putNextEntry(new ZipEntry("_rels/.rels"));
		write(zip, ROOT_RELS);
		zip.putNextEntry(new ZipEntry("word/document.xml"));
		write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
				+ "\"><w:body><w:p><w:r><w:t>evidence</w:t></w:r></w:p></w:body></w:document>");
		zip.closeEntry();
	}

	// the text repeated, in chunks of a thousand copies
	private static void repeat(OutputStream out, String text, int times) {
		byte[] chunk = text.repeat(1000).getBytes(StandardCharsets.UTF_8);
		byte[] one = text.getBytes(StandardCharsets.UTF_8);
		try {
			for (int i = 0; i < times / 1000; i++) {
				out.write(chunk);
			}
			for (int i = 0; i < times % 1000; i++) {
				out.write(one);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Part {

		void write(OutputStream out) throws IOException;

	}

}
