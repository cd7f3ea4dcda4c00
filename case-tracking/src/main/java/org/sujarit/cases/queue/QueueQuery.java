package org.sujarit.cases.queue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
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
 * @param due the due window, null for any
 * @param channels the channels to list, empty for any
 * @param categories the categories to list, empty for any
 * @param assignee {@code me} for the caller's own cases, {@code none} for unassigned
 * ones, null for any
 */
public record QueueQuery(String unit, List<CaseStatus> statuses, int page, int size, DueWindow due,
		List<Channel> channels, List<Category> categories, String assignee) {

	/** How soon the listed cases are due. */
	public enum DueWindow {

		/** Open past the due date. */
		OVERDUE(0),

		/** Due within a day (not yet overdue). */
		DAYS_1(1),

		/** Due within three days. */
		DAYS_3(3),

		/** Due within seven days. */
		DAYS_7(7);

		private final int days;

		DueWindow(int days) {
			this.days = days;
		}

		int days() {
			return this.days;
		}

		static DueWindow parse(String value) {
			return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
				case "overdue" -> OVERDUE;
				case "1", "1d" -> DAYS_1;
				case "3", "3d" -> DAYS_3;
				case "7", "7d" -> DAYS_7;
				default -> null;
			};
		}

	}

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
		return parse(routing, queue, status, page, size, null, null, null, null);
	}

	/**
	 * Reads the request parameters with the filters, refusing bad ones with a problem
	 * naming each.
	 * @param routing the known units
	 * @param queue the {@code queue} parameter
	 * @param status the {@code status} parameters
	 * @param page the {@code page} parameter
	 * @param size the {@code size} parameter
	 * @param due the {@code due} parameter: overdue, 1d, 3d or 7d
	 * @param channel the {@code channel} parameters
	 * @param category the {@code category} parameters
	 * @param assignee the {@code assignee} parameter: me or none
	 * @return the query
	 */
	public static QueueQuery parse(Routing routing, String queue, List<String> status, String page, String size,
			String due, List<String> channel, List<String> category, String assignee) {
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
		DueWindow window = null;
		if (due != null && !due.isBlank()) {
			window = DueWindow.parse(due);
			if (window == null) {
				errors.add(new FieldError("due", "one-of", "must be one of: overdue, 1d, 3d, 7d",
						"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: overdue, 1d, 3d, 7d"));
			}
		}
		List<Channel> channels = values(channel, "channel", Channel.class, errors);
		List<Category> categories = values(category, "category", Category.class, errors);
		if (assignee != null && !assignee.isBlank() && !assignee.equals("me") && !assignee.equals("none")) {
			errors.add(new FieldError("assignee", "one-of", "must be one of: me, none",
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: me, none"));
		}
		if (!errors.isEmpty()) {
			String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields: " + fields, "ข้อมูลไม่ถูกต้อง: " + fields, errors);
		}
		return new QueueQuery(queue, statuses, pageNumber, pageSize, window, channels, categories,
				(assignee != null && !assignee.isBlank()) ? assignee : null);
	}

	private static <E extends Enum<E>> List<E> values(List<String> values, String field, Class<E> type,
			List<FieldError> errors) {
		Set<E> parsed = new java.util.LinkedHashSet<>();
		if (values == null) {
			return List.of();
		}
		for (String value : values) {
			for (String name : value.split(",")) {
				if (name.isBlank()) {
					continue;
				}
				try {
					parsed.add(Enum.valueOf(type, name.trim()));
				}
				catch (IllegalArgumentException ex) {
					String allowed = Arrays.stream(type.getEnumConstants())
						.map(Enum::name)
						.collect(Collectors.joining(", "));
					errors.add(new FieldError(field, "one-of", "must be one of: " + allowed,
							"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + allowed));
					return List.of();
				}
			}
		}
		return List.copyOf(parsed);
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
