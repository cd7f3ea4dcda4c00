package org.sujarit.cases.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of resolve.
 *
 * @param message the answer to the complainant, published with the status change
 * @param version the case version the staff member saw, optional
 */
record ResolveRequest(@NotBlank @Size(max = 4000) String message, @PositiveOrZero Long version) {
}
