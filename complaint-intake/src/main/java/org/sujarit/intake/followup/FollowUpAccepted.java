package org.sujarit.intake.followup;

import java.time.Instant;

import org.sujarit.intake.whistleblower.ReportAccepted;
import org.sujarit.platform.events.FollowUpKind;

/**
 * The answer to a follow-up: it was sealed and is on its way, and what happens next.
 *
 * @param followUpId the follow-up's id; a message or file shows under it as pending until
 * it has passed through the anonymizer
 * @param kind what was sent
 * @param sentAt when
 * @param next what happens next, in English and Thai
 */
public record FollowUpAccepted(String followUpId, FollowUpKind kind, Instant sentAt, ReportAccepted.Text next) {

	static ReportAccepted.Text next(FollowUpKind kind, boolean enabled) {
		return switch (kind) {
			case MESSAGE -> new ReportAccepted.Text(
					"Your message was sealed. The anonymizer removes anything that could identify you before the legal "
							+ "officer reads it; it then appears in your timeline as they see it (until then as pending). "
							+ "Replies appear in the same timeline: come back with your receipt.",
					"ข้อความของท่านถูกปิดผนึกแล้ว ระบบจะลบข้อมูลที่อาจระบุตัวท่านออกก่อนถึงเจ้าหน้าที่นิติการ "
							+ "แล้วข้อความจะปรากฏในลำดับเหตุการณ์ตามที่เจ้าหน้าที่เห็น (ระหว่างนี้แสดงว่ากำลังดำเนินการ) "
							+ "คำตอบจะปรากฏในลำดับเหตุการณ์เดียวกัน กรุณากลับมาตรวจสอบด้วยรหัสรับแจ้ง");
			case EVIDENCE -> new ReportAccepted.Text(
					"Your file was sealed. Its hidden metadata (such as GPS position, device and author) is removed "
							+ "before staff see it; the original stays sealed for legal use only. It shows as pending "
							+ "until it has been added to the case.",
					"ไฟล์ของท่านถูกปิดผนึกแล้ว ข้อมูลแฝงในไฟล์ (เช่น พิกัด GPS อุปกรณ์ และชื่อผู้สร้าง) จะถูกลบออกก่อนถึงเจ้าหน้าที่ "
							+ "ต้นฉบับจะถูกเก็บปิดผนึกไว้ใช้ทางกฎหมายเท่านั้น ระหว่างนี้แสดงว่ากำลังดำเนินการจนกว่าจะเพิ่มเข้าในเรื่อง");
			case IDENTITY_ADDED -> new ReportAccepted.Text(
					"Your identity was sealed and will be kept confidential. Staff still see only a pseudonym; it can be "
							+ "revealed only with a custodian's approval, and you will be told if it is.",
					"ข้อมูลตัวตนของท่านถูกปิดผนึกและเก็บรักษาเป็นความลับ เจ้าหน้าที่ยังคงเห็นเพียงนามแฝง "
							+ "การเปิดเผยตัวตนต้องได้รับอนุมัติจากผู้ดูแลข้อมูล และท่านจะได้รับแจ้งหากมีการเปิดเผย");
			case PINGS -> enabled ? new ReportAccepted.Text(
					"Update pings are on: when there is news, the e-mail or phone you left with a confidential identity "
							+ "gets a message that says only that there is an update, nothing about the report. "
							+ "If you left neither, nothing is sent.",
					"เปิดการแจ้งเตือนแล้ว เมื่อมีความคืบหน้า ระบบจะส่งข้อความไปยังอีเมลหรือหมายเลขโทรศัพท์ที่ท่านให้ไว้แบบปกปิดตัวตน "
							+ "โดยแจ้งเพียงว่ามีความคืบหน้า ไม่มีรายละเอียดของเรื่อง หากไม่ได้ให้ไว้ จะไม่มีการส่ง")
					: new ReportAccepted.Text("Update pings are off: nothing more will be sent.",
							"ปิดการแจ้งเตือนแล้ว จะไม่มีการส่งข้อความอีก");
			case RECLASSIFIED -> throw new IllegalArgumentException("Not a reporter's follow-up: " + kind);
		};
	}

}
