package org.sujarit.cases.photo;

import org.sujarit.cases.casefile.Attachment;

/**
 * A photo with its bytes, for a download.
 *
 * @param photo what it is
 * @param bytes the picture
 */
public record PhotoContent(CasePhoto photo, byte[] bytes) {

	/**
	 * The photo as a file to download.
	 * @return the attachment
	 */
	public Attachment attachment() {
		return new Attachment(this.photo.fileName(), this.photo.contentType(), this.bytes);
	}

}
