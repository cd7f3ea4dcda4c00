package org.sujarit.anonymizer.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.evidence.EvidenceRejectedException.Reason;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Files shaped to exhaust the scrubber are refused by the limit they go over, read as
 * streams (the integration tests run the same files in the service under a 1 GiB heap).
 */
class EvidenceLimitsTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private final EvidenceScrubber scrubber = new EvidenceScrubber();

	@Test
	void fiveMillionElementsAreRefused() {
		assertRefused(AttackFiles::manyElements, this.scrubber);
	}

	@Test
	void aMillionLevelsDeepAreRefused() {
		assertRefused(AttackFiles::deepNesting, this.scrubber);
	}

	@Test
	void twentyThousandPartsAreRefused() {
		assertThat(assertRefused(AttackFiles::manyEntries, this.scrubber).limit()).isEqualTo("entries");
	}

	@Test
	void aOneGigabytePartIsRefused() {
		assertRefused(AttackFiles::hugeEntry, this.scrubber);
	}

	@Test
	void pdfWhoseObjectStreamInflatesToAGigabyteIsRefusedBeforeItIsRead() {
		assertThat(assertRefused(AttackFiles::pdfWithHugeObjectStream, this.scrubber).limit())
			.isEqualTo("pdf-object-streams");
	}

	@Test
	void zipsInsideAPackageAreDropped() {
		ScrubbedEvidence scrubbed = this.scrubber.scrub("a.docx", null, AttackFiles.nestedZip(), 1);
		assertThat(scrubbed.type()).isEqualTo(EvidenceType.DOCX);
		assertThat(AttackFiles.entryNames(scrubbed.content())).contains("word/document.xml")
			.noneMatch((name) -> name.contains("embeddings"));
		assertThat(AttackFiles.entriesStartingWithZip(scrubbed.content())).isEmpty();
	}

	@Test
	void eachLimitHoldsAsConfigured() {
		// a plain document of 3,000 paragraphs, with tables in tables 20 levels deep
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 3000; i++) {
			body.append("<w:p><w:r><w:t>").append(i).append("</w:t></w:r></w:p>");
		}
		body.append("<w:tbl><w:tr><w:tc>".repeat(6))
			.append("<w:p><w:r><w:t>x</w:t></w:r></w:p>")
			.append("</w:tc></w:tr></w:tbl>".repeat(6));
		byte[] docx = docx(body.toString());
		assertThat(this.scrubber.scrub("a.docx", null, docx, 1).type()).isEqualTo(EvidenceType.DOCX);

		EvidenceLimits defaults = EvidenceLimits.defaults();
		assertThat(refusal(docx, limits(defaults, 1000, 256, defaults.maxPartSize(), 100)).limit())
			.isEqualTo("elements");
		assertThat(refusal(docx, limits(defaults, 100_000, 16, defaults.maxPartSize(), 100)).limit())
			.isEqualTo("depth");
		assertThat(refusal(docx, limits(defaults, 100_000, 256, DataSize.ofKilobytes(10), 100)).limit())
			.isEqualTo("part-size");
	}

	@Test
	void aPackageThatUnpacksToMoreThanItsRatioAllowsIsRefused() {
		// 4 MB of one paragraph repeated packs into some kilobytes
		byte[] docx = docx("<w:p><w:r><w:t>A</w:t></w:r></w:p>".repeat(120_000));
		EvidenceRejectedException refused = refusal(docx, EvidenceLimits.defaults());
		assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED);
		assertThat(refused.limit()).isEqualTo("compression-ratio");
	}

	private EvidenceRejectedException refusal(byte[] file, EvidenceLimits limits) {
		return assertRefused(() -> file, new EvidenceScrubber(limits));
	}

	private static EvidenceRejectedException assertRefused(Supplier<byte[]> file, EvidenceScrubber scrubber) {
		byte[] content = file.get();
		EvidenceRejectedException refused = assertThrows(EvidenceRejectedException.class,
				() -> scrubber.scrub("evidence", null, content, 1));
		assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED);
		assertThat(refused.getMessage()).doesNotContain("w:ins");
		return refused;
	}

	private static EvidenceLimits limits(EvidenceLimits base, int elements, int depth, DataSize partSize, int ratio) {
		return new EvidenceLimits(partSize, base.maxUnpackedSize(), base.maxEntries(), ratio, elements, depth,
				base.pdfMaxMemory(), base.pdfMaxObjectStreamSize(), base.pdfMaxObjects(), base.pdfMaxPages(),
				base.maxAttempts());
	}

	private static byte[] docx(String body) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				</Types>""");
		parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
				+ "\"><w:body>" + body + "</w:body></w:document>");
		return EvidenceFiles.zip(parts, Map.of());
	}

}
