package org.sujarit.anonymizer.disclosure;

import java.time.Instant;

/**
 * One entry of a disclosure request's audit trail.
 *
 * @param requestId the disclosure request
 * @param sequence position in the request's trail, from 1
 * @param action what happened: {@code REQUESTED}, {@code APPROVED}, {@code DENIED},
 * {@code IDENTITY_READ}, {@code READ_REFUSED}
 * @param actor user name of the member of staff who did it
 * @param at when
 * @param detail the reason or refusal given, optional; never an identity
 * @param previousHash hex SHA-256 of the entry before, 64 zeros for the first
 * @param hash hex SHA-256 over this entry's fields and {@code previousHash}
 */
public record AuditEntry(String requestId, long sequence, String action, String actor, Instant at, String detail,
		String previousHash, String hash) {
}
