package org.sujarit.intake.whistleblower;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.platform.events.Accused;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Reporter;
import org.sujarit.platform.events.ReporterDisclosure;
import org.sujarit.platform.runtime.web.FieldError;

/**
 * A whistleblower report as the protected form sends it. Everything in it is sealed for
 * the anonymizer and never kept in clear.
 *
 * @param category the corruption or misconduct category
 * @param narrative what happened
 * @param accused the official it is about, optional
 * @param reporter who reports, optional: a report may be fully anonymous
 * @param disclosure what happens to the identity in {@code reporter}; optional, see
 * {@link DisclosureChoice} for the defaults
 * @param updatePings whether a confidential reporter who left an e-mail or phone wants
 * content-free "there is an update" pings; optional, false when absent
 */
public record WhistleblowerReportRequest(@NotNull Category category, @NotBlank @Size(max = 20000) String narrative,
		@Valid AccusedInput accused, @Valid ReporterInput reporter, ReporterDisclosure disclosure,
		Boolean updatePings) {

	@Override
	public String toString() {
		// everything in it is secret: keep it out of any log that prints the request
		return "WhistleblowerReportRequest[category=" + this.category + ", ***]";
	}

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

		/**
		 * The identity with its national ID checked and normalised.
		 * @param field the path of this object in the request, for errors
		 * @param errors where a bad national ID is added
		 * @return the identity, null when every field is blank
		 */
		public Reporter checked(String field, List<FieldError> errors) {
			String nationalId = null;
			if (!blank(this.nationalId)) {
				Optional<String> valid = NationalIds.normalise(this.nationalId);
				if (valid.isEmpty()) {
					errors.add(new FieldError(field + ".nationalId", "national-id",
							"must be a 13-digit Thai national ID with a valid check digit",
							"ต้องเป็นเลขประจำตัวประชาชน 13 หลักที่ถูกต้อง"));
				}
				nationalId = valid.orElse(null);
			}
			Reporter reporter = new Reporter(trimmed(this.firstName), trimmed(this.lastName), nationalId,
					trimmed(this.phone), trimmed(this.email), trimmed(this.lineId), trimmed(this.address));
			return reporter.isEmpty() ? null : reporter;
		}

		@Override
		public String toString() {
			return "ReporterInput[***]";
		}

	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

}
