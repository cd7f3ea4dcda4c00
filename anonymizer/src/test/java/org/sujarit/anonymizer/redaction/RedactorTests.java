package org.sujarit.anonymizer.redaction;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.platform.events.Reporter;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTests {

	// both have valid check digits; the second belongs to someone else
	private static final String REPORTER_ID = "3101200045673";

	private static final String OTHER_ID = "1101700203450";

	private static final Reporter SOMCHAI = new Reporter("สมชาย", "ใจดี", REPORTER_ID, "0812345678",
			"Somchai.J@Example.co.th", "somchai_j", "171/1 หมู่ 7");

	private final Redactor redactor = new Redactor();

	@ParameterizedTest
	@ValueSource(strings = { "สมชาย ใจดี", "นายสมชาย ใจดี", "นาย สมชาย  ใจดี", "นายสมชายใจดี", "น.ส.สมชาย ใจดี",
			"นางสาวสมชาย ใจดี", "นางสมชาย ใจดี", "คุณสมชาย ใจดี", "ดร.สมชาย ใจดี", "ว่าที่ ร.ต.สมชาย ใจดี",
			"จ่าสิบเอกสมชาย ใจดี", "ใจดี สมชาย", "นายสมชาย (ต้อม) ใจดี", "สมชาย\u200Bใจดี", "นายสมชาย\nใจดี" })
	void fullNameWithOrWithoutTitleBecomesOnePlaceholder(String name) {
		assertThat(redact("ข้าพเจ้า " + name + " ขอร้องเรียน")).isEqualTo("ข้าพเจ้า [ผู้แจ้ง] ขอร้องเรียน");
	}

	@ParameterizedTest
	@ValueSource(strings = { "สมชาย", "ใจดี", "คุณสมชาย", "พี่สมชาย", "น้องสมชาย", "คุณป้าสมชาย", "นายใจดี" })
	void firstOrLastNameAloneAndNicknamePrefixesAreRemoved(String name) {
		assertThat(redact("ขอให้ปกปิดชื่อ " + name + " ด้วย")).isEqualTo("ขอให้ปกปิดชื่อ [ผู้แจ้ง] ด้วย");
	}

	@Test
	void reportersNameInPassportSpellingAndPhoneReadOutInWordsAreRemoved() {
		assertThat(redact("I am SOMCHAI JAIDEE (Mr. Somchai), call me on ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด"))
			.isEqualTo("I am [ผู้แจ้ง] ([ผู้แจ้ง]), call me on [โทรศัพท์]");
	}

	@Test
	void nameSplitByAZeroWidthSpaceIsRemoved() {
		assertThat(redact("ผู้ร้อง สม\u200Bชาย ใจ\u200Bดี")).isEqualTo("ผู้ร้อง [ผู้แจ้ง]");
	}

	@Test
	void accusedWhoSharesTheReportersFirstNameIsKept() {
		assertThat(redact("ปลัดฯ นายสมชาย มั่งมี เรียกรับเงิน ผมสมชายเป็นผู้เห็นเหตุการณ์"))
			.isEqualTo("ปลัดฯ นายสมชาย มั่งมี เรียกรับเงิน ผม[ผู้แจ้ง]เป็นผู้เห็นเหตุการณ์");
	}

	@ParameterizedTest
	@ValueSource(strings = { "จ.ส.อ.สมชาย มั่งมี", "ว่าที่ ร.ต.สมชาย มั่งมี", "ด.ต.สมศักดิ์ ใจดี", "น.ส.มาลี ใจดี",
			"Mr. Somchai Mangmi", "Mrs. Malee Jaidee" })
	void officialWithARankOrTitleWhoSharesAPartOfTheReportersNameIsKept(String official) {
		assertThat(redact("ผู้ถูกร้องคือ " + official + " ส่วนผู้แจ้งคือผม สมชาย"))
			.isEqualTo("ผู้ถูกร้องคือ " + official + " ส่วนผู้แจ้งคือผม [ผู้แจ้ง]");
	}

	@Test
	void nameGluedToThaiWordsIsRemoved() {
		assertThat(redact("ผมชื่อสมชายใจดีขอแจ้งว่า และขอให้ปกปิดชื่อสมชายด้วย"))
			.isEqualTo("ผมชื่อ[ผู้แจ้ง]ขอแจ้งว่า และขอให้ปกปิดชื่อ[ผู้แจ้ง]ด้วย");
	}

	@Test
	void gluedKinshipTitleGoesWithTheNameUnlessItEndsAnotherWord() {
		assertThat(redact("ขอให้ปกปิดชื่อป้าสมชายด้วย ผมพูดต่อหน้าสมชาย"))
			.isEqualTo("ขอให้ปกปิดชื่อ[ผู้แจ้ง]ด้วย ผมพูดต่อหน้า[ผู้แจ้ง]");
	}

	@Test
	void titleIsOnlyRemovedWithTheReportersName() {
		String text = "นายพิชิต รุ่งเรือง เจ้าพนักงานพัสดุ กองคลัง ขอบคุณสมชาย";
		assertThat(redact(text)).isEqualTo("นายพิชิต รุ่งเรือง เจ้าพนักงานพัสดุ กองคลัง ขอบคุณ[ผู้แจ้ง]");
	}

	@Test
	void nameInsideALongerSyllableIsKept() {
		// ประสิทธิ์ continues the syllable of ประสิทธิ with a silencer: another person
		Reporter reporter = new Reporter("ประสิทธิ", "ทองคำ", null, null, null, null, null);
		String text = "นายประสิทธิ์ ศรีทอง ปลัดเทศบาล";
		assertThat(this.redactor.redact(text, reporter)).isEqualTo(text);
	}

	@Test
	void shortNameNeedsWordBoundaries() {
		Reporter reporter = new Reporter("ชัย", "ดี", null, null, null, null, null);
		assertThat(this.redactor.redact("นายสุรชัย มหาชัย นักวิชาการ ผม ชัย แจ้งเรื่อง", reporter))
			.isEqualTo("นายสุรชัย มหาชัย นักวิชาการ ผม [ผู้แจ้ง] แจ้งเรื่อง");
	}

	@Test
	void latinNameNeedsWordBoundaries() {
		Reporter reporter = new Reporter("John", "Miller", null, null, null, null, null);
		assertThat(this.redactor.redact("I, Mr. JOHN MILLER, report it. Johnson Street; Miller agrees.", reporter))
			.isEqualTo("I, [ผู้แจ้ง], report it. Johnson Street; [ผู้แจ้ง] agrees.");
	}

	@Test
	void nameTypedWithTwoCharacterSaraAeOrSaraAmIsRemoved() {
		Reporter reporter = new Reporter("แสงคำ", "น้ำใจ", null, null, null, null, null);
		assertThat(this.redactor.redact("ผม เเสงคํา นํ้าใจ และ แสงคำ และ น้ําใจ", reporter))
			.isEqualTo("ผม [ผู้แจ้ง] และ [ผู้แจ้ง] และ [ผู้แจ้ง]");
		Reporter decomposed = new Reporter("เเสงคํา", "นํ้าใจ", null, null, null, null, null);
		assertThat(this.redactor.redact("ผม แสงคำ น้ำใจ", decomposed)).isEqualTo("ผม [ผู้แจ้ง]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "หนูนกค่ะ", "ผมนกแจ้งว่า", "ดิฉันนก", "ชื่อนก", "ข้าพเจ้า นก", "ลงชื่อ: นก" })
	void shortNameRightAfterTheReporterIntroducesThemselvesIsRemovedEvenGlued(String text) {
		Reporter reporter = new Reporter("นก", "ทองมา", null, null, null, null, null);
		assertThat(this.redactor.redact(text, reporter)).contains("[ผู้แจ้ง]").doesNotContain("นก");
	}

	@Test
	void shortNameInsideAnotherNameAfterATitleIsKept() {
		Reporter reporter = new Reporter("ชัย", "ดี", null, null, null, null, null);
		String text = "นายชัยวัฒน์ ศรีสุข ผู้อำนวยการกองช่าง และผมชัยขอแจ้ง";
		assertThat(this.redactor.redact(text, reporter))
			.isEqualTo("นายชัยวัฒน์ ศรีสุข ผู้อำนวยการกองช่าง และผม[ผู้แจ้ง]ขอแจ้ง");
	}

	@Test
	void wholeNameTypedIntoOneFieldIsFoundWordByWord() {
		Reporter reporter = new Reporter("สมชาย ใจดี", "", null, null, null, null, null);
		assertThat(this.redactor.redact("ผมสมชาย ลงชื่อนายใจดี และ สมชาย ใจดี", reporter))
			.isEqualTo("ผม[ผู้แจ้ง] ลงชื่อ[ผู้แจ้ง] และ [ผู้แจ้ง]");
	}

	@Test
	void familyNameWithAOneLetterWordIsNotSplit() {
		Reporter reporter = new Reporter("สมศักดิ์", "ณ อยุธยา", null, null, null, null, null);
		assertThat(this.redactor.redact("นายสมศักดิ์ ณ อยุธยา ร้องเรียนที่จังหวัดพระนครศรีอยุธยา", reporter))
			.isEqualTo("[ผู้แจ้ง] ร้องเรียนที่จังหวัดพระนครศรีอยุธยา");
	}

	@Test
	void nicknameAndTitleTypedIntoTheFormAreFound() {
		Reporter reporter = new Reporter("คุณสมชาย (ต้อม)", "ใจดี", null, null, null, null, null);
		assertThat(this.redactor.redact("ผมสมชาย ใจดี เพื่อนเรียกพี่ต้อม และสมชาย", reporter))
			.isEqualTo("ผม[ผู้แจ้ง] เพื่อนเรียก[ผู้แจ้ง] และ[ผู้แจ้ง]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "081/234-5678", "081,234,5678", "081_234_5678", "๐๘๑/๒๓๔/๕๖๗๘" })
	void reportersPhoneWithSlashesCommasOrUnderscoresIsRemoved(String phone) {
		assertThat(redact("โทร " + phone + " ได้ตลอด")).isEqualTo("โทร [โทรศัพท์] ได้ตลอด");
	}

	@Test
	void reportersNationalIdWithSlashesIsRemoved() {
		assertThat(redact("เลขบัตร 3/1012/00045/67/3 ครับ")).isEqualTo("เลขบัตร [เลขบัตรประชาชน] ครับ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "somchai.j+gov@example.co.th", "somchaij@gmail.com", "SOMCHAIJ@GMAIL.COM", "somchai.j",
			"SOMCHAI.J" })
	void reportersMailboxUnderAnyTagOrDotsAndTheUserNameAloneAreRemoved(String email) {
		assertThat(redact("ติดต่อ " + email + " ค่ะ")).isEqualTo("ติดต่อ [อีเมล] ค่ะ");
	}

	@Test
	void userNameInsideAnotherWordIsKept() {
		Reporter reporter = new Reporter(null, null, null, null, "info@somchai-shop.com", null, null);
		assertThat(this.redactor.redact("ดูที่ information desk หรือ info ของร้าน", reporter))
			.isEqualTo("ดูที่ information desk หรือ [อีเมล] ของร้าน");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0899999999", "089-999-9999", "@0899999999", "๐๘๙ ๙๙๙ ๙๙๙๙", "+66 89 999 9999" })
	void lineIdThatIsAPhoneNumberIsRemovedInAnyForm(String lineId) {
		Reporter reporter = new Reporter(null, null, null, "0812345678", null, "089-999-9999", null);
		assertThat(this.redactor.redact("ไลน์ " + lineId + " นะ", reporter)).isEqualTo("ไลน์ [ไลน์ไอดี] นะ");
	}

	@Test
	void titleTypedIntoTheFormIsNotRequiredInTheText() {
		Reporter reporter = new Reporter("นางสาวรัชนี", "พรหมวงศ์", null, null, null, null, null);
		assertThat(this.redactor.redact("รัชนี ครูอัตราจ้าง", reporter)).isEqualTo("[ผู้แจ้ง] ครูอัตราจ้าง");
	}

	@ParameterizedTest
	@ValueSource(strings = { "081-234-5678", "0812345678", "081 234 5678", "+66 81 234 5678", "+66812345678",
			"66812345678", "+66-81-234-5678", "+ 66 81 234 5678", "+66 (0) 81 234 5678", "0066 81 234 5678",
			"(081) 234-5678", "081.234.5678", "0 8 1 2 3 4 5 6 7 8", "๐๘๑-๒๓๔-๕๖๗๘", "๐๘๑๒๓๔๕๖๗๘", "+๖๖ ๘๑ ๒๓๔ ๕๖๗๘",
			"๐ ๘ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘" })
	void reportersPhoneInAnyFormIsRemoved(String phone) {
		assertThat(redact("โทร " + phone + " ได้ตลอด")).isEqualTo("โทร [โทรศัพท์] ได้ตลอด");
	}

	@Test
	void reportersNumberGluedToMoreDigitsGoesAsAWhole() {
		assertThat(redact("เลข 31012000456730 โทร 08123456789")).isEqualTo("เลข [เลขบัตรประชาชน] โทร [โทรศัพท์]");
	}

	@Test
	void unitAbbreviationBeforeTheNameIsNotATitle() {
		assertThat(redact("นายกอบต.สมชาย ใจดี และ ผศ.ดร.สมชาย ใจดี")).isEqualTo("นายกอบต.[ผู้แจ้ง] และ [ผู้แจ้ง]");
	}

	@Test
	void numberEndingIn66BeforeThePhoneIsNotACountryCode() {
		assertThat(redact("ห้อง 166 0812345678")).isEqualTo("ห้อง 166 [โทรศัพท์]");
	}

	@Test
	void landlinePhoneIsRemoved() {
		Reporter reporter = new Reporter(null, null, null, "02-123-4567", null, null, null);
		assertThat(this.redactor.redact("โทร (02) 123 4567 หรือ +66 2 123 4567", reporter))
			.isEqualTo("โทร [โทรศัพท์] หรือ [โทรศัพท์]");
	}

	@Test
	void otherPhoneNumbersAreKept() {
		assertThat(redact("สำนักงานเทศบาล โทร 053-123-456")).isEqualTo("สำนักงานเทศบาล โทร 053-123-456");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3101200045673", "3-1012-00045-67-3", "3 1012 00045 67 3", "3 1 0 1 2 0 0 0 4 5 6 7 3",
			"3.1012.00045.67.3", "๓-๑๐๑๒-๐๐๐๔๕-๖๗-๓", "๓๑๐๑๒๐๐๐๔๕๖๗๓" })
	void reportersNationalIdInAnyFormIsRemoved(String id) {
		assertThat(redact("เลขประจำตัวประชาชน " + id + " ครับ")).isEqualTo("เลขประจำตัวประชาชน [เลขบัตรประชาชน] ครับ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101700203450", "1-1017-00203-45-0", "1 1017 00203 45 0", "๑-๑๐๑๗-๐๐๒๐๓-๔๕-๐" })
	void anyOtherValidNationalIdIsRemoved(String id) {
		assertThat(redact("พยานเลขบัตร " + id + " ยืนยัน")).isEqualTo("พยานเลขบัตร [เลขบัตรประชาชน] ยืนยัน");
	}

	@Test
	void thirteenDigitsWithAWrongCheckDigitAreKept() {
		assertThat(NationalId.isValid("1101700203451")).isFalse();
		assertThat(redact("เลขรับเรื่อง 1101700203451 และ 1-1017-00203-45-1"))
			.isEqualTo("เลขรับเรื่อง 1101700203451 และ 1-1017-00203-45-1");
	}

	@Test
	void validIdDigitsInsideALongerNumberAreKept() {
		assertThat(redact("บัญชี 11017002034509")).isEqualTo("บัญชี 11017002034509");
	}

	@Test
	void nationalIdCheckDigit() {
		assertThat(NationalId.isValid(REPORTER_ID)).isTrue();
		assertThat(NationalId.isValid(OTHER_ID)).isTrue();
		assertThat(NationalId.isValid("110170020345")).isFalse();
		assertThat(NationalId.isValid("11017002034a0")).isFalse();
		assertThat(NationalId.isValid(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Somchai.J@Example.co.th", "SOMCHAI.J@EXAMPLE.CO.TH", "somchai.j@example.co.th",
			"somchai.j [at] example [dot] co [dot] th", "somchai.j at example dot co dot th", "somchai.j@gmail.com" })
	void reportersEmailInAnyCaseOrSpellingIsRemoved(String email) {
		assertThat(redact("อีเมล " + email + " ค่ะ")).isEqualTo("อีเมล [อีเมล] ค่ะ");
	}

	@Test
	void emailGluedToThaiWordsIsRemoved() {
		assertThat(redact("อีเมลsomchai.j@example.co.thค่ะ")).isEqualTo("อีเมล[อีเมล]ค่ะ");
	}

	@Test
	void otherEmailAddressesAreKept() {
		assertThat(redact("หนังสือส่งจาก saraban@city.go.th")).isEqualTo("หนังสือส่งจาก saraban@city.go.th");
	}

	@ParameterizedTest
	@ValueSource(strings = { "@somchai_j", "somchai_j", "@SOMCHAI_J", "@ somchai_j" })
	void lineIdWithOrWithoutAtIsRemoved(String lineId) {
		assertThat(redact("ไลน์ " + lineId + ". ขอบคุณ")).isEqualTo("ไลน์ [ไลน์ไอดี]. ขอบคุณ");
	}

	@Test
	void lineIdGluedToThaiWordsIsRemoved() {
		assertThat(redact("ทักไลน์somchai_jได้เลย")).isEqualTo("ทักไลน์[ไลน์ไอดี]ได้เลย");
	}

	@ParameterizedTest
	@ValueSource(strings = { "171/1 หมู่ 7", "171/1 ม.7", "171/1 ม. 7", "171/1 หมู่ที่ 7", "๑๗๑/๑ หมู่ ๗", "171/1หมู่7",
			"บ้านเลขที่ 171/1 หมู่ 7", "เลขที่ 171/1", "171 / 1", "171/1" })
	void houseAddressIsRemoved(String address) {
		assertThat(redact("อยู่ที่ " + address + " ใกล้ตลาด")).isEqualTo("อยู่ที่ [ที่อยู่] ใกล้ตลาด");
	}

	@Test
	void addressTakesInTheRestOfTheReportersAddressButNotTheSamePlaceElsewhere() {
		Reporter reporter = new Reporter(null, null, null, null, null, null, "99/1 หมู่ 3 ต.บ้านใหม่ อ.เมือง");
		assertThat(
				this.redactor.redact("บ้านเลขที่ ๙๙/๑ หมู่ที่ ๓ ตำบลบ้านใหม่ ร้องเรียน อบต.บ้านใหม่ หมู่ 3", reporter))
			.isEqualTo("[ที่อยู่] ร้องเรียน อบต.บ้านใหม่ หมู่ 3");
	}

	@Test
	void bareHouseNumberWithoutSlashNeedsContext() {
		Reporter reporter = new Reporter(null, null, null, null, null, null, "88 หมู่ 4");
		assertThat(this.redactor.redact("ซื้อ 88 ชุด ส่งที่บ้านเลขที่ 88 ม.4 ผู้ใหญ่บ้านหมู่ 4", reporter))
			.isEqualTo("ซื้อ 88 ชุด ส่งที่[ที่อยู่] ผู้ใหญ่บ้านหมู่ 4");
	}

	@Test
	void houseNumberInsideAnotherNumberIsKept() {
		assertThat(redact("หนังสือที่ 171/12 ลงวันที่ 2171/1")).isEqualTo("หนังสือที่ 171/12 ลงวันที่ 2171/1");
	}

	@Test
	void evidenceAmountsAndDatesAreKept() {
		String text = "นายพิชิต รุ่งเรือง กองคลัง เรียกรับเงิน 105,000 บาท และ 533,000 บาท รวม 1,250,000.50 บาท "
				+ "เมื่อวันที่ 12/03/2567 เวลา 10.30 น. และ 5 มีนาคม 2567 สัญญาเลขที่ 12/2567 ครั้งละ 0812 บาท";
		assertThat(redact(text)).isEqualTo(text);
	}

	@Test
	void everythingTogether() {
		String text = "ข้าพเจ้า นายสมชาย ใจดี อยู่บ้านเลขที่ 171/1 หมู่ 7 ขอร้องเรียนว่า นายพิชิต รุ่งเรือง "
				+ "เรียกรับเงิน 105,000 บาท ติดต่อ @somchai_j หรือโทร ๐๘๑-๒๓๔-๕๖๗๘ อีเมล SOMCHAI.J@EXAMPLE.CO.TH "
				+ "เลขบัตร 3 1012 00045 67 3";
		assertThat(redact(text)).isEqualTo("ข้าพเจ้า [ผู้แจ้ง] อยู่[ที่อยู่] ขอร้องเรียนว่า นายพิชิต รุ่งเรือง "
				+ "เรียกรับเงิน 105,000 บาท ติดต่อ [ไลน์ไอดี] หรือโทร [โทรศัพท์] อีเมล [อีเมล] เลขบัตร [เลขบัตรประชาชน]");
	}

	@Test
	void anonymousReportStillLosesNationalIds() {
		String text = "นายสมชาย ใจดี โทร 0812345678 เลขบัตร 1-1017-00203-45-0";
		assertThat(this.redactor.redact(text, null)).isEqualTo("นายสมชาย ใจดี โทร 0812345678 เลขบัตร [เลขบัตรประชาชน]");
		Reporter empty = new Reporter(null, "", " ", null, null, null, null);
		assertThat(this.redactor.redact(text, empty))
			.isEqualTo("นายสมชาย ใจดี โทร 0812345678 เลขบัตร [เลขบัตรประชาชน]");
	}

	@Test
	void nullAndEmptyNarratives() {
		assertThat(this.redactor.redact(null, SOMCHAI)).isNull();
		assertThat(this.redactor.redact("", SOMCHAI)).isEmpty();
		assertThat(this.redactor.redact("ไม่มีข้อมูลผู้แจ้ง", SOMCHAI)).isEqualTo("ไม่มีข้อมูลผู้แจ้ง");
	}

	@Test
	void sharedInstanceIsThreadSafe() {
		String text = "ข้าพเจ้า นายสมชาย ใจดี โทร 081-234-5678 เลขบัตร " + OTHER_ID;
		String expected = redact(text);
		List<String> results = IntStream.range(0, 2000).parallel().mapToObj((i) -> redact(text)).distinct().toList();
		assertThat(results).containsExactly(expected);
	}

	private String redact(String text) {
		return this.redactor.redact(text, SOMCHAI);
	}

}
