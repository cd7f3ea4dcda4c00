package org.sujarit.intake.whistleblower;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Reporter;

/**
 * A whistleblower report as the protected form sends it. Everything in it is sealed for
 * the anonymizer and never kept in clear.
 *
 * @param category the corruption or misconduct category
 * @param narrative what happened
 * @param accused the official it is about, optional
 * @param reporter who reports, optional: a report may be fully anonymous
 */
public record WhistleblowerReportRequest(@NotNull Category category, @NotBlank @Size(max = 20000) String narrative,
		@Valid AccusedInput accused, @Valid ReporterInput reporter) {

	/**
	 * The official a report is about.
	 *
	 * @param name name
	 * @param position position
	 * @param unit unit
	 */
	public record AccusedInput(@Size(max = 200) String name, @Size(max = 200) String position,
			@Size(max = 200) String unit) {

		Accused toAccused() {
			if (blank(this.name) && blank(this.position) && blank(this.unit)) {
				return null;
			}
			return new Accused(trimmed(this.name), trimmed(this.position), trimmed(this.unit));
		}

	}

	/**
	 * The identity a reporter chose to leave.
	 *
	 * @param firstName given name
	 * @param lastName family name
	 * @param nationalId 13-digit national ID, Thai or Arabic digits, spaces and dashes
	 * allowed; its check digit is verified
	 * @param phone phone number
	 * @param email e-mail address
	 * @param lineId LINE ID
	 * @param address house address
	 */
	public record ReporterInput(@Size(max = 100) String firstName, @Size(max = 100) String lastName,
			@Size(max = 40) String nationalId, @Pattern(regexp = "[0-9+\\- ]{1,20}") String phone,
			@Email @Size(max = 254) String email, @Size(max = 100) String lineId, @Size(max = 500) String address) {

		Reporter toReporter(String normalisedNationalId) {
			Reporter reporter = new Reporter(trimmed(this.firstName), trimmed(this.lastName), normalisedNationalId,
					trimmed(this.phone), trimmed(this.email), trimmed(this.lineId), trimmed(this.address));
			return reporter.isEmpty() ? null : reporter;
		}

	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

}
