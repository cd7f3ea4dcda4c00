package org.sujarit.anonymizer.pings;

/**
 * The only thing a ping ever says, in Thai and English: there is an update, sign in with
 * your receipt. No case id, category, pseudonym or status: whoever reads the reporter's
 * mailbox or phone learns only that they reported something.
 */
final class PingMessage {

	static final String SUBJECT = "มีความคืบหน้าเรื่องที่ท่านแจ้ง / There is an update on your report";

	static final String SMS = "มีความคืบหน้าเรื่องที่ท่านแจ้ง กรุณาเข้าระบบด้วยเลขรับเรื่องของท่าน / "
			+ "There is an update on your report; sign in with your receipt.";

	private PingMessage() {
	}

	static String body(String followUpUrl) {
		String where = (followUpUrl != null && !followUpUrl.isBlank()) ? "\n\n" + followUpUrl.strip() : "";
		return "มีความคืบหน้าเรื่องที่ท่านแจ้ง กรุณาเข้าระบบด้วยเลขรับเรื่อง (receipt) ของท่านเพื่อดูรายละเอียด\n\n"
				+ "There is an update on your report; sign in with your receipt to see it." + where + "\n";
	}

}
