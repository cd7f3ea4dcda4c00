package org.sujarit.intake.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.events.Complainant;
import org.sujarit.platform.events.Location;

/**
 * A general complaint as the public form or a staff member taking a call sends it.
 *
 * @param category what it is about
 * @param subject short title
 * @param description the complaint
 * @param location where the problem is, optional
 * @param complainant contact details, optional
 * @param channel how it reached the municipality; {@link Channel#WEB} when absent
 */
public record ComplaintRequest(@NotNull Category category, @NotBlank @Size(max = 200) String subject,
		@NotBlank @Size(max = 5000) String description, @Valid LocationInput location,
		@Valid ComplainantInput complainant, Channel channel) {

	/**
	 * The channel, with the default applied.
	 * @return the channel
	 */
	public Channel channelOrDefault() {
		return (this.channel != null) ? this.channel : Channel.WEB;
	}

	/**
	 * Where the problem is.
	 *
	 * @param address free-text address
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record LocationInput(@Size(max = 500) String address, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lon) {

		Location toLocation() {
			if (blank(this.address) && this.lat == null && this.lon == null) {
				return null;
			}
			return new Location(trimmed(this.address), this.lat, this.lon);
		}

	}

	/**
	 * How to reach the complainant.
	 *
	 * @param name name
	 * @param phone phone number: digits, {@code +}, {@code -} and spaces
	 * @param email e-mail address
	 * @param lineId LINE ID
	 */
	public record ComplainantInput(@Size(max = 200) String name, @Pattern(regexp = "[0-9+\\- ]{1,20}") String phone,
			@Email @Size(max = 254) String email, @Size(max = 100) String lineId) {

		Complainant toComplainant() {
			if (blank(this.name) && blank(this.phone) && blank(this.email) && blank(this.lineId)) {
				return null;
			}
			return new Complainant(trimmed(this.name), trimmed(this.phone), trimmed(this.email), trimmed(this.lineId));
		}

	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

}
