package org.sujarit.platform.events;

/**
 * What a complaint or report is about. The first nine are corruption and misconduct
 * categories from the municipal anti-corruption plans and always go to the legal unit;
 * the rest are general categories routed by the configured routing table.
 */
public enum Category {

	BRIBERY(true, "เรียกรับสินบน"), PROCUREMENT(true, "การจัดซื้อจัดจ้าง"), PERSONNEL(true, "การบริหารงานบุคคล"),
	BUDGET_MISUSE(true, "การใช้งบประมาณ"), PROPERTY_MISUSE(true, "การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน"),
	ABUSE_OF_POWER(true, "การใช้อำนาจหน้าที่โดยมิชอบ"), CONFLICT_OF_INTEREST(true, "ผลประโยชน์ทับซ้อน"),
	GIFTS(true, "การรับของขวัญหรือประโยชน์อื่นใด"), UNFAIR_SERVICE(true, "การเลือกปฏิบัติในการให้บริการ"),

	ROADS(false, "ถนน ทางเท้า"), STREET_LIGHTING(false, "ไฟฟ้าสาธารณะ"), WASTE(false, "ขยะมูลฝอย"),
	WATER_DRAINAGE(false, "น้ำประปา ท่อระบายน้ำ"), NUISANCE(false, "เหตุเดือดร้อนรำคาญ (เสียง กลิ่น ควัน)"),
	PUBLIC_HEALTH(false, "สาธารณสุข"), MARKETS(false, "ตลาด"),
	EDUCATION_CHILDCARE(false, "การศึกษาและศูนย์พัฒนาเด็กเล็ก"), SERVICE_QUALITY(false, "คุณภาพการให้บริการ"),
	SUGGESTION(false, "ข้อเสนอแนะ"), OTHER(false, "อื่น ๆ");

	private final boolean corruption;

	private final String thaiName;

	Category(boolean corruption, String thaiName) {
		this.corruption = corruption;
		this.thaiName = thaiName;
	}

	/**
	 * Whether this is a corruption or misconduct category, which the legal unit handles.
	 * @return true for corruption and misconduct categories
	 */
	public boolean corruption() {
		return this.corruption;
	}

	/**
	 * The category's name in Thai, for pages and messages.
	 * @return the Thai name
	 */
	public String thaiName() {
		return this.thaiName;
	}

}
