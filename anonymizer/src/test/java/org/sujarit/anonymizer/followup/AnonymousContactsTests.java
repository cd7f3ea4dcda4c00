package org.sujarit.anonymizer.followup;

import org.junit.jupiter.api.Test;
import org.sujarit.anonymizer.redaction.Redactor;
import org.sujarit.platform.events.Reporter;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousContactsTests {

	private final Redactor redactor = new Redactor();

	@Test
	void phonesAndEmailsOfAnAnonymousMessageAreMasked() {
		String message = "ติดต่อผมได้ที่ 081-234-5678 หรือ +66 89 876 5432 หรือ ๐๘๒๓๔๕๖๗๘๙ อีเมล Somchai.K@Example.com "
				+ "นายพิชิต รุ่งเรือง รับเงิน 105,000 บาท เมื่อ 12/03/2567";
		String redacted = message;
		for (Reporter contact : AnonymousContacts.in(message)) {
			redacted = this.redactor.redact(redacted, contact);
		}
		assertThat(redacted).doesNotContain("081-234-5678", "89 876 5432", "๐๘๒๓๔๕๖๗๘๙", "Somchai.K@Example.com")
			.contains("พิชิต รุ่งเรือง", "105,000", "12/03/2567");
	}

	@Test
	void amountsAndDatesAreNotTakenForPhones() {
		assertThat(AnonymousContacts.in("รับเงิน 1,250,000 บาท วันที่ 12/03/2567 เลขที่สัญญา 2567/0012")).isEmpty();
	}

}
