package org.sujarit.notification.email;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sujarit.platform.events.CaseChange;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;

/**
 * The e-mail a general complainant gets when their case changes status: Thai first,
 * English below. Plain text, so nothing staff write can turn into markup.
 *
 * @param subject the subject line
 * @param body the text
 */
public record StatusMessage(String subject, String body) {

	/** Dates are shown as the complainant lives them. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	private static final int BUDDHIST_ERA_OFFSET = 543;

	private static final String[] THAI_MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	/**
	 * Writes the message for one status change.
	 * @param event the status change; its case id is the tracking code
	 * @param statusUrl where the complainant can follow the case
	 * @return the message
	 */
	public static StatusMessage render(CaseStatusChanged event, String statusUrl) {
		String code = event.caseId();
		CaseStatus status = event.status();
		CaseChange change = event.changeOrDefault();
		String subject = (change == CaseChange.EXTENDED)
				? "[สุจริต] เรื่อง " + code + ": ขยายระยะเวลาดำเนินการ / More time needed"
				: "[สุจริต] เรื่อง " + code + ": " + thaiName(status) + " / " + englishName(status);
		String message = (event.publicMessage() != null && !event.publicMessage().isBlank())
				? event.publicMessage().strip() : null;
		LocalDate due = (event.respondBy() != null) ? date(event.respondBy()) : null;
		StringBuilder body = new StringBuilder();
		body.append("เรียน ผู้ร้องเรียน\n\n");
		body.append("เรื่องร้องเรียนเลขที่ ").append(code).append(" มีความคืบหน้า\n");
		body.append("สถานะ: ").append(thaiName(status)).append('\n');
		if (change == CaseChange.EXTENDED) {
			body.append("หน่วยงานขอขยายระยะเวลาดำเนินการ ด้วยเหตุผลดังนี้:\n");
		}
		else if (change == CaseChange.REOPENED) {
			body.append("เรื่องของท่านได้รับการเปิดพิจารณาใหม่\n");
		}
		if (message != null) {
			body.append((change == CaseChange.EXTENDED) ? "" : "ข้อความจากเจ้าหน้าที่:\n").append(message).append('\n');
		}
		if (due != null) {
			body.append("กำหนดตอบกลับภายในวันที่ ").append(thaiDate(due)).append('\n');
		}
		body.append("ติดตามสถานะได้ที่ ").append(statusUrl).append("\n\n");
		body.append("----------------------------------------\n\n");
		body.append("Dear complainant,\n\n");
		body.append("There is an update on your complaint ").append(code).append(".\n");
		body.append("Status: ").append(englishName(status)).append('\n');
		if (change == CaseChange.EXTENDED) {
			body.append("The municipality needs more time to answer, for this reason:\n");
		}
		else if (change == CaseChange.REOPENED) {
			body.append("Your complaint has been reopened.\n");
		}
		if (message != null) {
			body.append((change == CaseChange.EXTENDED) ? "" : "Message from staff:\n").append(message).append('\n');
		}
		if (due != null) {
			body.append("The municipality must answer by ").append(due).append(".\n");
		}
		body.append("Follow your case at ").append(statusUrl).append("\n\n");
		body.append(
				"อีเมลฉบับนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ / This message was sent automatically; please do not reply.\n");
		return new StatusMessage(subject, body.toString());
	}

	/**
	 * The status as complainants read it in Thai.
	 * @param status the status
	 * @return the Thai name
	 */
	public static String thaiName(CaseStatus status) {
		return status.thaiName();
	}

	/**
	 * The status as complainants read it in English.
	 * @param status the status
	 * @return the English name
	 */
	public static String englishName(CaseStatus status) {
		return status.englishName();
	}

	/**
	 * A date the Thai way: day, month name, Buddhist-era year, such as
	 * {@code 7 ธันวาคม 2569}.
	 * @param date the date
	 * @return the Thai date
	 */
	public static String thaiDate(LocalDate date) {
		return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " "
				+ (date.getYear() + BUDDHIST_ERA_OFFSET);
	}

	/**
	 * The calendar day of an instant in Thailand.
	 * @param instant the instant
	 * @return the day in Asia/Bangkok
	 */
	public static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	@Override
	public String toString() {
		// the body may quote staff writing about people: keep it out of logs
		return "StatusMessage[subject=" + this.subject + "]";
	}

}
