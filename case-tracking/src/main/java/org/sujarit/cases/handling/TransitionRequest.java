package org.sujarit.cases.handling;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The optional body of acknowledge, start and close.
 *
 * @param version the case version the staff member saw; when given, a case changed since
 * is refused rather than overwritten
 * @param note an internal working note for the audit trail
 */
record TransitionRequest(@PositiveOrZero Long version, @Size(max = 2000) String note) {

	static final TransitionRequest NONE = new TransitionRequest(null, null);

}
