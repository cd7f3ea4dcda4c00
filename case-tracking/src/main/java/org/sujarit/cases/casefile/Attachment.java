package org.sujarit.cases.casefile;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file of a case (a citizen's photo, a reporter's scrubbed evidence) as staff download
 * it.
 *
 * @param fileName the neutral name it was stored under, such as {@code evidence-1.pdf}
 * @param contentType the type detected from its bytes when it came in
 * @param bytes the file
 */
public record Attachment(String fileName, String contentType, byte[] bytes) {

	/**
	 * The download: always saved, never shown inline or sniffed as another type, and
	 * never kept in a cache of the staff member's computer.
	 * @return the response carrying the file
	 */
	public ResponseEntity<byte[]> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(this.bytes);
	}

}
