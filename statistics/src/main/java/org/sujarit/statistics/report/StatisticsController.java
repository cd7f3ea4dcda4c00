package org.sujarit.statistics.report;

import java.util.List;

import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;
import org.sujarit.statistics.fiscalyear.FiscalYear;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly counts over HTTP.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsController {

	static final int FIRST_YEAR = 2500;

	static final int LAST_YEAR = 2800;

	private final YearlyReport report;

	StatisticsController(YearlyReport report) {
		this.report = report;
	}

	/**
	 * The counts of one fiscal year.
	 * @param fiscalYear the Buddhist-era label, such as {@code 2569}; taken as text so
	 * that a wrong one gets a problem naming the field rather than a bare type mismatch
	 * @return the counts
	 */
	@GetMapping("/{fiscalYear}")
	YearlyStatistics year(@PathVariable String fiscalYear) {
		return this.report.of(new FiscalYear(parse(fiscalYear)));
	}

	private static int parse(String text) {
		if (!text.matches("[0-9]{1,9}")) {
			throw invalid(new FieldError("fiscalYear", "type", "must be a Buddhist-era year such as 2569",
					"ต้องเป็นปีงบประมาณแบบพุทธศักราช เช่น 2569"));
		}
		int year = Integer.parseInt(text);
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw invalid(new FieldError("fiscalYear", "range",
					"must be between " + FIRST_YEAR + " and " + LAST_YEAR + " (Buddhist era)",
					"ต้องอยู่ระหว่าง พ.ศ. " + FIRST_YEAR + " ถึง " + LAST_YEAR));
		}
		return year;
	}

	private static ProblemException invalid(FieldError error) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
				"The request has invalid fields: fiscalYear", "ข้อมูลไม่ถูกต้อง: fiscalYear", List.of(error));
	}

}
