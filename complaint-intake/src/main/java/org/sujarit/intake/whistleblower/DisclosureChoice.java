package org.sujarit.intake.whistleblower;

import java.util.List;

import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.runtime.web.FieldError;

/**
 * What the reporter chose for their identity and for update pings, with the defaults a
 * reporter expects.
 * <p>
 * No identity typed in: {@link ReporterDisclosure#ANONYMOUS}. Identity typed in and no
 * choice made: {@link ReporterDisclosure#CONFIDENTIAL}, because someone who writes their
 * name into the form expects it to be kept (sealed in the vault), not thrown away. They
 * may still choose {@code ANONYMOUS}: the identity then only helps the anonymizer remove
 * it from the narrative and is dropped. {@code CONFIDENTIAL} without an identity is
 * refused, since there would be nothing to keep. Update pings need somewhere to go and
 * someone allowed to keep it: {@code CONFIDENTIAL} and an e-mail or phone.
 *
 * @param disclosure the effective disclosure mode
 * @param updatePings whether content-free update pings were asked for
 */
record DisclosureChoice(ReporterDisclosure disclosure, boolean updatePings) {

	/**
	 * Applies the rules to what the form sent.
	 * @param requested the disclosure the form sent, null when none
	 * @param pings the update pings flag the form sent, null when none
	 * @param reporter the identity typed in, null when none
	 * @param errors where broken rules are added
	 * @return the effective choice (meaningless when an error was added)
	 */
	static DisclosureChoice of(ReporterDisclosure requested, Boolean pings, Reporter reporter,
			List<FieldError> errors) {
		ReporterDisclosure disclosure = requested;
		if (disclosure == null) {
			disclosure = (reporter != null) ? ReporterDisclosure.CONFIDENTIAL : ReporterDisclosure.ANONYMOUS;
		}
		else if (disclosure == ReporterDisclosure.CONFIDENTIAL && reporter == null) {
			errors.add(new FieldError("disclosure", "needs-identity",
					"CONFIDENTIAL keeps the identity in reporter, which is empty: fill in reporter or choose ANONYMOUS",
					"การเลือกแบบปกปิดตัวตน (CONFIDENTIAL) ต้องกรอกข้อมูลผู้แจ้งใน reporter หรือเลือกไม่ระบุตัวตน (ANONYMOUS)"));
		}
		boolean wantsPings = Boolean.TRUE.equals(pings);
		if (wantsPings && !(disclosure == ReporterDisclosure.CONFIDENTIAL && hasContact(reporter))) {
			errors.add(pingsRule());
		}
		return new DisclosureChoice(disclosure, wantsPings);
	}

	static FieldError pingsRule() {
		return new FieldError("updatePings", "confidential-contact",
				"is only possible with disclosure CONFIDENTIAL and an e-mail or phone in reporter",
				"รับการแจ้งเตือนได้เฉพาะเมื่อเลือกปกปิดตัวตน (CONFIDENTIAL) และให้อีเมลหรือหมายเลขโทรศัพท์ไว้");
	}

	private static boolean hasContact(Reporter reporter) {
		return reporter != null && (reporter.email() != null || reporter.phone() != null);
	}

}
