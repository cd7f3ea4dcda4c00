package org.sujarit.notification.email;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.CaseStatusChanged;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class StatusMessageTests {

	private static final String URL = "http://localhost:8080/api/v1/complaints/SJ-ABCDE-FGHJK";

	@Test
	void subjectNamesTheCaseAndTheStatusInThaiThenEnglish() {
		StatusMessage message = StatusMessage.render(event(CaseStatus.RECEIVED, null), URL);

		assertThat(message.subject()).isEqualTo("[สุจริต] เรื่อง SJ-ABCDE-FGHJK: ได้รับเรื่องแล้ว / Received");
	}

	@Test
	void bodyGivesStatusDueDateAndLinkThaiFirst() {
		// 2026-12-06T20:00Z is already 7 December in Bangkok
		StatusMessage message = StatusMessage.render(event(CaseStatus.IN_PROGRESS, null), URL);

		assertThat(message.body()).contains("สถานะ: อยู่ระหว่างดำเนินการ", "Status: In progress",
				"กำหนดตอบกลับภายในวันที่ 7 ธันวาคม 2569", "must answer by 2026-12-07", URL);
		assertThat(message.body().indexOf("สถานะ:")).isLessThan(message.body().indexOf("Status:"));
		assertThat(message.body()).doesNotContain("ข้อความจากเจ้าหน้าที่", "Message from staff");
	}

	@Test
	void bodyQuotesTheStaffMessageInBothParts() {
		StatusMessage message = StatusMessage.render(event(CaseStatus.RESOLVED, "  ซ่อมไฟถนนเรียบร้อยแล้ว  "), URL);

		assertThat(message.body()).contains("ข้อความจากเจ้าหน้าที่:\nซ่อมไฟถนนเรียบร้อยแล้ว\n",
				"Message from staff:\nซ่อมไฟถนนเรียบร้อยแล้ว\n");
		assertThat(message.subject()).endsWith("ดำเนินการแก้ไขแล้ว / Resolved");
		assertThat(message.toString()).doesNotContain("ซ่อมไฟถนน");
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void everyStatusHasAThaiAndAnEnglishName(CaseStatus status) {
		assertThat(StatusMessage.thaiName(status)).isNotBlank().matches(".*[\\u0E00-\\u0E7F].*");
		assertThat(StatusMessage.englishName(status)).isNotBlank().matches("[A-Za-z ]+");
	}

	@Test
	void thaiDatesUseMonthNamesAndTheBuddhistEra() {
		assertThat(StatusMessage.thaiDate(LocalDate.of(2026, 12, 7))).isEqualTo("7 ธันวาคม 2569");
		assertThat(StatusMessage.thaiDate(LocalDate.of(2027, 1, 1))).isEqualTo("1 มกราคม 2570");
		assertThat(StatusMessage.date(Instant.parse("2026-09-30T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 10, 1));
	}

	private static CaseStatusChanged event(CaseStatus status, String publicMessage) {
		Instant received = Instant.parse("2026-11-22T03:00:00Z");
		return new CaseStatusChanged("SJ-ABCDE-FGHJK", 2, Category.STREET_LIGHTING, Channel.WEB, "PUBLIC_WORKS", status,
				CaseStatus.RECEIVED, received, Instant.parse("2026-12-06T20:00:00Z"), received, publicMessage);
	}

}
