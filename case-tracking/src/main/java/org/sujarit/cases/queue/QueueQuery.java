package org.sujarit.cases.queue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.runtime.web.FieldError;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * What a staff member asked of a queue, checked.
 *
 * @param unit the unit code
 * @param statuses the statuses to list
 * @param page the page number, from 0
 * @param size the page size
 */
record QueueQuery(String unit, List<CaseStatus> statuses, int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	/**
	 * Reads the request parameters, refusing bad ones with a problem naming each.
	 * @param routing the known units
	 * @param queue the {@code queue} parameter
	 * @param status the {@code status} parameters, each possibly comma-separated
	 * @param page the {@code page} parameter
	 * @param size the {@code size} parameter
	 * @return the query
	 * @throws ProblemException 400 when a parameter is missing or invalid
	 */
	static QueueQuery parse(Routing routing, String queue, List<String> status, String page, String size) {
		List<FieldError> errors = new ArrayList<>();
		if (queue == null || queue.isBlank()) {
			errors.add(new FieldError("queue", "required", "is required", "ต้องระบุ"));
		}
		else if (!routing.isUnit(queue)) {
			String units = String.join(", ", routing.units().keySet());
			errors.add(new FieldError("queue", "one-of", "must be one of: " + units,
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + units));
		}
		List<CaseStatus> statuses = statuses(status, errors);
		int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE, errors);
		int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, errors);
		if (!errors.isEmpty()) {
			String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
		}
		return new QueueQuery(queue, statuses, pageNumber, pageSize);
	}

	private static List<CaseStatus> statuses(List<String> values, List<FieldError> errors) {
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		if (values != null) {
			for (String value : values) {
				for (String name : value.split(",")) {
					if (name.isBlank()) {
						continue;
					}
					try {
						statuses.add(CaseStatus.valueOf(name.trim()));
					}
					catch (IllegalArgumentException ex) {
						String allowed = Arrays.stream(CaseStatus.values())
							.map(Enum::name)
							.collect(Collectors.joining(", "));
						errors.add(new FieldError("status", "one-of", "must be one of: " + allowed,
								"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + allowed));
						return List.of();
					}
				}
			}
		}
		if (statuses.isEmpty()) {
			Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).forEach(statuses::add);
		}
		return List.copyOf(statuses);
	}

	private static int number(String value, String field, int fallback, int min, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		String range = (max == Integer.MAX_VALUE) ? "at least " + min : "between " + min + " and " + max;
		String rangeTh = (max == Integer.MAX_VALUE) ? "ไม่น้อยกว่า " + min : "ระหว่าง " + min + " ถึง " + max;
		errors.add(new FieldError(field, "range", "must be a whole number " + range, "ต้องเป็นจำนวนเต็ม" + rangeTh));
		return fallback;
	}

}
