package org.sujarit.platform.events;

/**
 * Where a case stands, as staff, the complainant and the statistics see it.
 */
public enum CaseStatus {

	RECEIVED, ACKNOWLEDGED, IN_PROGRESS,

	/**
	 * Staff asked the complainant for something and wait for the answer; the SLA clock is
	 * paused meanwhile.
	 */
	WAITING_ON_COMPLAINANT,

	RESOLVED, CLOSED,

	/**
	 * Not within the municipality's remit; the public message says where to go instead.
	 */
	REJECTED,

	/** Sent to an outside body such as the NACC or the provincial Damrongtham centre. */
	REFERRED;

	/**
	 * Whether the case still needs work.
	 * @return true while the case is open
	 */
	public boolean open() {
		return this == RECEIVED || this == ACKNOWLEDGED || this == IN_PROGRESS || this == WAITING_ON_COMPLAINANT;
	}

	/**
	 * The status as complainants read it in Thai.
	 * @return the Thai name
	 */
	public String thaiName() {
		return switch (this) {
			case RECEIVED -> "ได้รับเรื่องแล้ว";
			case ACKNOWLEDGED -> "รับเรื่องไว้พิจารณาแล้ว";
			case IN_PROGRESS -> "อยู่ระหว่างดำเนินการ";
			case WAITING_ON_COMPLAINANT -> "รอข้อมูลเพิ่มเติมจากผู้ร้องเรียน";
			case RESOLVED -> "ดำเนินการแก้ไขแล้ว";
			case CLOSED -> "ยุติเรื่องแล้ว";
			case REJECTED -> "ไม่รับเรื่องไว้พิจารณา";
			case REFERRED -> "ส่งต่อหน่วยงานที่รับผิดชอบแล้ว";
		};
	}

	/**
	 * The status as complainants read it in English.
	 * @return the English name
	 */
	public String englishName() {
		return switch (this) {
			case RECEIVED -> "Received";
			case ACKNOWLEDGED -> "Acknowledged";
			case IN_PROGRESS -> "In progress";
			case WAITING_ON_COMPLAINANT -> "Waiting for more information from you";
			case RESOLVED -> "Resolved";
			case CLOSED -> "Closed";
			case REJECTED -> "Rejected";
			case REFERRED -> "Referred to the responsible agency";
		};
	}

}
