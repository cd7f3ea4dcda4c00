package org.sujarit.notification.staff;

import java.time.LocalDate;

import org.sujarit.notification.email.StatusMessage;
import org.sujarit.platform.events.SlaAlert;

/**
 * The e-mail a staff member gets for a deadline alert: Thai first, English below. It
 * names cases by id only, never their text, so an alert in a mailbox reveals nothing of a
 * complaint.
 */
public final class StaffAlertMessage {

	private StaffAlertMessage() {
	}

	/**
	 * Writes the message for one alert.
	 * @param alert the alert
	 * @param caseUrlTemplate the console's case page, with {@code {caseId}}
	 * @return the message
	 */
	public static StatusMessage render(SlaAlert alert, String caseUrlTemplate) {
		return switch (alert.kind()) {
			case REMINDER -> reminder(alert, caseUrlTemplate);
			case ESCALATION -> escalation(alert, caseUrlTemplate);
			case DIGEST -> digest(alert, caseUrlTemplate);
		};
	}

	private static StatusMessage reminder(SlaAlert alert, String template) {
		LocalDate due = StatusMessage.date(alert.dueAt());
		String subject = "[สุจริต] เตือน: เรื่อง " + alert.caseId() + " ครบกำหนดใน " + alert.daysBefore()
				+ " วัน / Due in " + alert.daysBefore() + " day(s)";
		String body = "เรื่องเลขที่ " + alert.caseId() + " ของหน่วยงาน " + alert.unit()
				+ " ต้องตอบผู้ร้องเรียนภายในวันที่ " + StatusMessage.thaiDate(due) + "\n"
				+ "หากไม่สามารถดำเนินการได้ทัน กรุณาบันทึกการขยายเวลาพร้อมเหตุผลก่อนครบกำหนด\n"
				+ url(template, alert.caseId()) + "\n\n----------------------------------------\n\n" + "Case "
				+ alert.caseId() + " of unit " + alert.unit() + " must be answered by " + due + ".\n"
				+ "If it cannot be finished in time, record an extension with its explanation before the deadline.\n";
		return new StatusMessage(subject, body);
	}

	private static StatusMessage escalation(SlaAlert alert, String template) {
		LocalDate due = StatusMessage.date(alert.dueAt());
		String subject = "[สุจริต] เกินกำหนด: เรื่อง " + alert.caseId() + " / Overdue, escalated";
		String body = "เรื่องเลขที่ " + alert.caseId() + " ของหน่วยงาน " + alert.unit() + " เลยกำหนดตอบวันที่ "
				+ StatusMessage.thaiDate(due) + " โดยไม่ได้ดำเนินการแล้วเสร็จหรือขยายเวลา\n"
				+ url(template, alert.caseId()) + "\n\n----------------------------------------\n\n" + "Case "
				+ alert.caseId() + " of unit " + alert.unit() + " passed its deadline of " + due
				+ " with neither a resolution nor an extension.\n";
		return new StatusMessage(subject, body);
	}

	private static StatusMessage digest(SlaAlert alert, String template) {
		String subject = "[สุจริต] สรุปเรื่องใกล้ครบกำหนดของหน่วยงาน " + alert.unit() + " (" + alert.dueCaseIds().size()
				+ ") / Daily digest";
		StringBuilder body = new StringBuilder();
		body.append("เรื่องที่ครบกำหนดหรือใกล้ครบกำหนดของหน่วยงาน ").append(alert.unit()).append(":\n");
		alert.dueCaseIds().forEach((caseId) -> body.append("- ").append(url(template, caseId)).append('\n'));
		body.append("\n----------------------------------------\n\n");
		body.append("Cases of unit ").append(alert.unit()).append(" that are due soon or overdue:\n");
		alert.dueCaseIds().forEach((caseId) -> body.append("- ").append(caseId).append('\n'));
		return new StatusMessage(subject, body.toString());
	}

	private static String url(String template, String caseId) {
		return template.replace("{caseId}", caseId);
	}

}
