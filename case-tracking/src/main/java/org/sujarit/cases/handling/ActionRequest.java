package org.sujarit.cases.handling;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of a lifecycle action. Which fields an action needs is checked by the action:
 * resolve and await-complainant need {@code message}, reject needs {@code reason} and
 * {@code redirectTo}, refer needs {@code to}, reopen needs {@code reason}.
 *
 * @param version the case version the staff member saw; when given, a case changed since
 * is refused rather than overwritten
 * @param note an internal working note for the audit trail
 * @param message the public message to the complainant
 * @param reason why (reject: public; reopen: internal)
 * @param redirectTo where the complainant should go instead (reject), public
 * @param to the outside body referred to (refer), one of the configured codes
 */
public record ActionRequest(@PositiveOrZero Long version, @Size(max = 2000) String note,
		@Size(max = 4000) String message, @Size(max = 2000) String reason, @Size(max = 500) String redirectTo,
		@Size(max = 50) String to) {

	static final ActionRequest NONE = new ActionRequest(null, null, null, null, null, null);

}
