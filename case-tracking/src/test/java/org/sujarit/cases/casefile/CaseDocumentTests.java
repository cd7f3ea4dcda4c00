package org.sujarit.cases.casefile;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.SlaStanding;

import static org.assertj.core.api.Assertions.assertThat;

class CaseDocumentTests {

	@Test
	void theSlaStandingComesFromTheSlaEnginesSubDocumentAndABreachStays() {
		assertThat(standing(CaseStatus.IN_PROGRESS, null)).isEqualTo(SlaStanding.ON_TRACK);
		assertThat(standing(CaseStatus.WAITING_ON_COMPLAINANT, null)).isEqualTo(SlaStanding.PAUSED);
		assertThat(standing(CaseStatus.IN_PROGRESS, new Document("standing", "EXTENDED")))
			.isEqualTo(SlaStanding.EXTENDED);
		assertThat(standing(CaseStatus.RESOLVED, new Document("standing", "ON_TRACK").append("breached", true)))
			.isEqualTo(SlaStanding.BREACHED);
		assertThat(standing(CaseStatus.WAITING_ON_COMPLAINANT, new Document("breached", true)))
			.isEqualTo(SlaStanding.BREACHED);
	}

	private static SlaStanding standing(CaseStatus status, Document sla) {
		Document document = new Document(CaseDocument.STATUS, status.name());
		if (sla != null) {
			document.append(CaseDocument.SLA, sla);
		}
		return CaseDocument.of(document).slaStanding();
	}

}
