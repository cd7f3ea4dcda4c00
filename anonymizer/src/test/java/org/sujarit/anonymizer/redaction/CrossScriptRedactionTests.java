package org.sujarit.anonymizer.redaction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.platform.events.Reporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's name in the other script and in the spellings people use, a name broken
 * up by blanks, a phone number read out in Thai words, and a name the reporter shares
 * with the official they report.
 */
class CrossScriptRedactionTests {

	private static final Reporter THEERAWAT = new Reporter("ธีรวัฒน์", "บุญเรือง", null, "0891234567", null, null,
			null);

	private final Redactor redactor = new Redactor();

	@ParameterizedTest
	@ValueSource(strings = { "Thirawat Bunrueang", "Theerawat Boonruang", "THEERAWAT BOONRUANG", "theerawat boonrueng",
			"Mr. Theerawat", "Mr.Teerawat Boonruang", "Boonruang Theerawat", "Khun Theerawat", "Teerawat",
			"Thee\u200Brawat Boon\u200Cruang", "นาย Theerawat" })
	void thaiNameWrittenInLatinLettersIsRemoved(String name) {
		assertThat(redact("เรื่องนี้ " + name + " เป็นผู้พบเห็นเอง")).isEqualTo("เรื่องนี้ [ผู้แจ้ง] เป็นผู้พบเห็นเอง");
	}

	@ParameterizedTest
	@CsvSource({ "สุรชัย, วงศ์สวัสดิ์, Surachai Wongsawat", "สุรชัย, วงศ์สวัสดิ์, Surachai Wongsawasdi",
			"รัตนา, แก้วมณี, Rattana Kaewmanee", "รัตนา, แก้วมณี, Ratana Kaeomani", "ประเสริฐ, ศรีสุข, Prasert Srisuk",
			"ประเสริฐ, ศรีสุข, Prasoet Sisuk", "พรทิพย์, จันทร์หอม, Porntip Janhom",
			"พรทิพย์, จันทร์หอม, Phonthip Chanhom", "เฉลิม, พงษ์ไพบูลย์, Chalerm Pongpaiboon",
			"เจริญ, ทองคำ, Jaroen Thongkham" })
	void anyThaiNameIsFoundInItsRtgsAndPassportSpellings(String first, String last, String latin) {
		Reporter reporter = new Reporter(first, last, null, null, null, null, null);
		assertThat(this.redactor.redact("The complaint was filed by " + latin + " on Monday.", reporter))
			.isEqualTo("The complaint was filed by [ผู้แจ้ง] on Monday.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ดิฉัน พรทิพย์ จันทร์หอม", "ดิฉัน นางสาวพรทิพย์ จันทร์หอม", "ดิฉัน พรทิพย์" })
	void latinNameFromTheFormIsFoundWrittenInThai(String text) {
		Reporter reporter = new Reporter("Porntip", "Chanhom", null, null, null, null, null);
		assertThat(this.redactor.redact(text + " ขอร้องเรียนเรื่องนี้", reporter))
			.isEqualTo("ดิฉัน [ผู้แจ้ง] ขอร้องเรียนเรื่องนี้");
	}

	@Test
	void anAddressNamedAfterTheReporterGoesAsAWhole() {
		assertThat(redact("ส่งหลักฐานเพิ่มได้ที่ theerawat.bn@gmail.com ค่ะ"))
			.isEqualTo("ส่งหลักฐานเพิ่มได้ที่ [อีเมล] ค่ะ");
	}

	@ParameterizedTest
	@CsvSource({ "แอดไลน์ @theerawat99 ได้เลย, แอดไลน์ [ผู้แจ้ง] ได้เลย",
			"เฟซบุ๊ก: boonruang_t ครับ, เฟซบุ๊ก: [ผู้แจ้ง] ครับ", "ไอดี teerawat.bn., ไอดี [ผู้แจ้ง]." })
	void anAccountNamedAfterTheReporterGoesAsAWhole(String text, String redacted) {
		assertThat(redact(text)).isEqualTo(redacted);
	}

	@Test
	void latinWordsThatAreNoNameStay() {
		String text = "แนบไฟล์ PDF และภาพจาก Google Maps ส่งทาง LINE Official ของเทศบาล เลขโครงการ egp-66019876";
		assertThat(redact(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ธีร\u200Bวัฒน์ บุญเรือง", "ธีรวัฒน์ บุญ เรือง", "ธีร วัฒน์ บุญ\u200Bเรือง",
			"ธีรวัฒน์\u2060บุญ\uFEFFเรือง", "นาย ธีร\u200Cวัฒน์" })
	void nameBrokenUpByBlanksOrInvisibleCharactersIsRemoved(String name) {
		assertThat(redact("ข้าพเจ้า " + name + " ขอแจ้ง")).isEqualTo("ข้าพเจ้า [ผู้แจ้ง] ขอแจ้ง");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ศูนย์แปดเก้า หนึ่งสองสาม สี่ห้าหกเจ็ด", "ศูนย์ แปด เก้า - หนึ่ง โท สาม - สี่ ห้า หก เจ็ด",
			"08 เก้า 123 สี่ห้าหกเจ็ด", "๐๘๙ หนึ่งสองสาม ๔๕๖๗", "ศูนย์แปดเก้า-นึงสองสาม-สี่ห้าหกเจ็ด" })
	void phoneNumberReadOutInThaiWordsIsRemoved(String phone) {
		assertThat(redact("โทรหาผมได้ที่ " + phone + " ทุกวัน")).isEqualTo("โทรหาผมได้ที่ [โทรศัพท์] ทุกวัน");
	}

	@Test
	void numberWordsThatAreNotThePhoneStay() {
		String text = "เขามาเก็บเงินสามครั้ง ครั้งละสองพันบาท ที่สี่แยกหน้าตลาด";
		assertThat(redact(text)).isEqualTo(text);
	}

	@Test
	void officialSharingTheReportersFirstNameKeepsTheirFullName() {
		assertThat(redact("ผู้ถูกร้องคือนายธีรวัฒน์ ศรีสมบูรณ์ ปลัดเทศบาล ส่วนผมธีรวัฒน์ บุญเรือง เป็นคนแจ้ง"))
			.isEqualTo("ผู้ถูกร้องคือนายธีรวัฒน์ ศรีสมบูรณ์ ปลัดเทศบาล ส่วนผม[ผู้แจ้ง] เป็นคนแจ้ง");
	}

	@Test
	void officialSharingTheReportersFamilyNameKeepsTheirFullName() {
		assertThat(redact("พี่สาวผม นางมาลี บุญเรือง หัวหน้าสำนักปลัด สั่งให้แก้เอกสาร ผม ธีรวัฒน์ ไม่ยอม"))
			.isEqualTo("พี่สาวผม นางมาลี บุญเรือง หัวหน้าสำนักปลัด สั่งให้แก้เอกสาร ผม [ผู้แจ้ง] ไม่ยอม");
	}

	@Test
	void officialWithoutATitleIsToldByThePositionAfterTheName() {
		String text = "ธีรวัฒน์ ศรีสมบูรณ์ ผู้อำนวยการกองช่าง ลงนามตรวจรับงาน";
		assertThat(redact(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "ข้าพเจ้านายธีรวัฒน์ เห็นว่า", "นายธีรวัฒน์ ได้ไปติดต่อ", "เรียนท่าน นายธีรวัฒน์ ผู้แจ้ง" })
	void reportersOwnTitledFirstNameStillGoes(String text) {
		assertThat(redact(text)).contains("[ผู้แจ้ง]").doesNotContain("ธีรวัฒน์");
	}

	@Test
	void accusedNamedInTheFormIsKeptWithoutTitleOrPosition() {
		String text = "ธีรวัฒน์ ศรีสมบูรณ์ รับเงินสดไปเอง ผมธีรวัฒน์เห็นกับตา";
		assertThat(this.redactor.redact(text, THEERAWAT, "นายธีรวัฒน์ ศรีสมบูรณ์"))
			.isEqualTo("ธีรวัฒน์ ศรีสมบูรณ์ รับเงินสดไปเอง ผม[ผู้แจ้ง]เห็นกับตา");
	}

	@Test
	void officialSharingTheReportersNameInLatinLettersKeepsIt() {
		assertThat(redact("Mr. Theerawat Srisomboon signed it; I, Theerawat Boonruang, saw him sign."))
			.isEqualTo("Mr. Theerawat Srisomboon signed it; I, [ผู้แจ้ง], saw him sign.");
	}

	@ParameterizedTest
	@CsvSource({ "สมชาย, Somchai", "ใจดี, Jaidee", "ใจดี, Chaidi", "กิตติศักดิ์, Kittisak", "ศรีทอง, Srithong",
			"บุญมา, Boonma", "แก้ว, Kaew", "เสถียร, Sathian", "ธนพล, Tanapol", "ยุทธนา, Yuttana", "ลำดวน, Lamduan",
			"ไพโรจน์, Pairoj", "กมล, Kamol", "ชลธิชา, Chonthicha", "วรรณา, Wanna" })
	void romanisedReadingSoundsLikeTheSpellingsPeopleUse(String thai, String latin) {
		String key = PhoneticKey.of(latin);
		assertThat(ThaiRomanizer.readings(thai)).anyMatch((reading) -> PhoneticKey.close(PhoneticKey.of(reading), key));
	}

	@ParameterizedTest
	@CsvSource({ "สมชาย, Sompong", "ใจดี, Jaiyen", "บุญมา, Boonsong" })
	void romanisedReadingDoesNotSoundLikeAnotherName(String thai, String latin) {
		String key = PhoneticKey.of(latin);
		assertThat(ThaiRomanizer.readings(thai))
			.noneMatch((reading) -> PhoneticKey.close(PhoneticKey.of(reading), key));
	}

	private String redact(String text) {
		return this.redactor.redact(text, THEERAWAT);
	}

}
