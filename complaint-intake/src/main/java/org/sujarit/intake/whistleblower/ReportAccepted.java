package org.sujarit.intake.whistleblower;

import java.time.Instant;
import java.util.List;

import org.sujarit.platform.events.ReporterDisclosure;

/**
 * The answer to a whistleblower report, with what a receipt page needs to help the
 * reporter keep the receipt: only about half of whistleblowers ever come back with theirs
 * (GlobaLeaks issue #752). The receipt is shown once and kept nowhere.
 *
 * @param receipt the secret receipt, in groups of four digits ({@code 1234 5678 9012 3456
 * 7890}), for reading and writing down
 * @param receiptDigits the same 20 digits without spaces, for a copy button
 * @param receiptGroups the five groups of four digits, for a page that shows them in
 * large separate boxes
 * @param receivedAt when it was received
 * @param respondBy when the municipality must answer at the latest
 * @param disclosure what happens to the identity the reporter typed in
 * @param updatePings whether content-free update pings were asked for
 * @param keepReceipt how to keep the receipt and why, in English and Thai
 * @param followUp where to come back with the receipt (a POST, the receipt in the body)
 */
public record ReportAccepted(String receipt, String receiptDigits, List<String> receiptGroups, Instant receivedAt,
		Instant respondBy, ReporterDisclosure disclosure, boolean updatePings, Text keepReceipt, String followUp) {

	static final Text KEEP_RECEIPT = new Text(
			"Write this receipt down, print it or copy it somewhere safe now. It is your only key to this report: "
					+ "with it you can see the status, read replies, send messages and add evidence. "
					+ "It is shown only once and cannot be recovered: without it nobody, not even us, can follow up this report.",
			"กรุณาจดรหัสรับแจ้งนี้ พิมพ์ หรือคัดลอกเก็บไว้ในที่ปลอดภัยทันที รหัสนี้เป็นกุญแจเดียวของเรื่องที่แจ้ง "
					+ "ใช้ดูสถานะ อ่านคำตอบ ส่งข้อความ และส่งหลักฐานเพิ่มเติม "
					+ "ระบบแสดงรหัสนี้เพียงครั้งเดียวและกู้คืนไม่ได้ หากไม่มีรหัสนี้ จะไม่มีผู้ใดติดตามเรื่องนี้ได้ แม้แต่เจ้าหน้าที่");

	static ReportAccepted of(String receiptDigits, Instant receivedAt, Instant respondBy, DisclosureChoice choice) {
		String grouped = Receipts.format(receiptDigits);
		return new ReportAccepted(grouped, receiptDigits, List.of(grouped.split(" ")), receivedAt, respondBy,
				choice.disclosure(), choice.updatePings(), KEEP_RECEIPT, "/api/v1/whistleblower/follow-up");
	}

	@Override
	public String toString() {
		// the receipt is a secret: keep it out of any log that prints the answer
		return "ReportAccepted[receipt=***, receivedAt=" + this.receivedAt + "]";
	}

	/**
	 * A text for the reporter in both languages.
	 *
	 * @param en English
	 * @param th Thai
	 */
	public record Text(String en, String th) {
	}

}
