package org.sujarit.platform.testkit;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MongoDumpTests {

	@Test
	void thaiNameStoredInClearIsFoundInTheDump() {
		String json = new Document("name", "สมหญิง วงศ์สวัสดิ์").toJson();
		assertThat(MongoDump.unescape(json)).contains("สมหญิง วงศ์สวัสดิ์");
	}

}
