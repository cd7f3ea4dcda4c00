package org.sujarit.anonymizer.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTests {

	@Test
	void anIntactChainVerifies() {
		assertThat(AuditTrail.verify(chain())).isTrue();
		assertThat(AuditTrail.verify(List.of())).isTrue();
	}

	@Test
	void aChangedEntryBreaksTheChain() {
		List<AuditEntry> trail = new ArrayList<>(chain());
		AuditEntry decision = trail.get(1);
		trail.set(1, new AuditEntry(decision.requestId(), decision.sequence(), "DENIED", decision.actor(),
				decision.at(), decision.detail(), decision.previousHash(), decision.hash()));
		assertThat(AuditTrail.verify(trail)).isFalse();
	}

	@Test
	void aRemovedEntryBreaksTheChain() {
		List<AuditEntry> trail = new ArrayList<>(chain());
		trail.remove(1);
		assertThat(AuditTrail.verify(trail)).isFalse();
	}

	@Test
	void aRehashedEntryStillBreaksTheChainAfterIt() {
		List<AuditEntry> trail = new ArrayList<>(chain());
		AuditEntry decision = trail.get(1);
		String forged = AuditTrail.hash(decision.requestId(), 2, "DENIED", decision.actor(), decision.at(),
				decision.detail(), decision.previousHash());
		trail.set(1, new AuditEntry(decision.requestId(), 2, "DENIED", decision.actor(), decision.at(),
				decision.detail(), decision.previousHash(), forged));
		assertThat(AuditTrail.verify(trail)).isFalse();
	}

	private static List<AuditEntry> chain() {
		List<AuditEntry> trail = new ArrayList<>();
		String previous = AuditTrail.GENESIS;
		String[][] steps = { { "REQUESTED", "lawyer", "Court order" }, { "APPROVED", "keeper", "Checked" },
				{ "IDENTITY_READ", "lawyer", null } };
		for (int i = 0; i < steps.length; i++) {
			Instant at = Instant.parse("2026-11-22T03:00:00Z").plusSeconds(i);
			String hash = AuditTrail.hash("d-1", i + 1, steps[i][0], steps[i][1], at, steps[i][2], previous);
			trail.add(new AuditEntry("d-1", i + 1, steps[i][0], steps[i][1], at, steps[i][2], previous, hash));
			previous = hash;
		}
		return trail;
	}

}
