package org.sujarit.cases.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.queue.CaseQueue;
import org.sujarit.cases.queue.CaseSummary;
import org.sujarit.cases.queue.QueuePage;
import org.sujarit.cases.queue.QueueQuery;
import org.sujarit.cases.routing.Routing;
import org.sujarit.platform.events.CaseStatus;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.events.Channel;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue page: a unit's cases, earliest due first, with counts per status, due-date
 * badges, filters and paging, read through the same queue service and access rules as
 * {@code GET /api/v1/cases}.
 */
@Controller
class QueuePageController {

	static final int PAGE_SIZE = 20;

	private final CaseQueue queue;

	private final Routing routing;

	private final CaseAccess access;

	private final Clock clock;

	QueuePageController(CaseQueue queue, Routing routing, CaseAccess access, Clock clock) {
		this.queue = queue;
		this.routing = routing;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/console")
	String home() {
		StaffUser me = ConsoleAdvice.staff();
		List<String> units = units(me);
		if (!units.isEmpty()) {
			return "redirect:/console/queue";
		}
		if (this.access.mayRecord(me)) {
			return "redirect:/console/record";
		}
		if (me.hasAny(StaffRole.CUSTODIAN)) {
			return "redirect:/console/disclosures";
		}
		return "console/nothing";
	}

	@GetMapping("/console/queue")
	String queue(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) String due, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String category, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String page, Model model, Locale locale, HttpServletResponse response) {
		StaffUser me = ConsoleAdvice.staff();
		List<String> units = units(me);
		if (units.isEmpty()) {
			throw new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
					"Your roles list no queue", "บทบาทของท่านไม่มีรายการเรื่องให้ดู", List.of());
		}
		String chosen = (unit == null || unit.isBlank()) ? defaultUnit(me, units) : unit;
		model.addAttribute("units", units);
		model.addAttribute("unitNames", this.routing.units());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("filter",
				new Filter(chosen, blank(status), blank(due), blank(channel), blank(category), blank(assignee)));
		QueueQuery query;
		try {
			query = QueueQuery.parse(this.routing, chosen, list(status), page, String.valueOf(PAGE_SIZE), blank(due),
					list(channel), list(category), blank(assignee));
		}
		catch (ProblemException ex) {
			response.setStatus(400);
			model.addAttribute("problem", PageProblem.of("filter", ex, locale));
			return "console/queue";
		}
		// the API's rule: a queue the user may not list is refused, not emptied
		this.access.requireQueue(me, query.unit());
		boolean corruption = this.access.seesCorruptionIn(me, query.unit());
		QueuePage found = this.queue.page(query, corruption, me);
		Map<CaseStatus, Long> counts = this.queue.counts(query.unit(), corruption);
		Instant now = this.clock.instant();
		model.addAttribute("counts", counts);
		model.addAttribute("unitName", this.routing.unitName(query.unit()));
		model.addAttribute("rows", found.items().stream().map((item) -> Row.of(item, now)).toList());
		model.addAttribute("page", query.page());
		Filter filter = new Filter(query.unit(), status, due, channel, category, assignee);
		model.addAttribute("previousUrl", (query.page() > 0) ? pageUrl(filter, query.page() - 1) : null);
		model.addAttribute("nextUrl", found.hasMore() ? pageUrl(filter, query.page() + 1) : null);
		return "console/queue";
	}

	private List<String> units(StaffUser me) {
		List<String> units = new ArrayList<>();
		for (String unit : this.routing.units().keySet()) {
			if (this.access.mayListQueue(me, unit)) {
				units.add(unit);
			}
		}
		return units;
	}

	private static String defaultUnit(StaffUser me, List<String> units) {
		if (me.unit() != null && units.contains(me.unit())) {
			return me.unit();
		}
		return units.contains(Routing.LEGAL) && me.has(StaffRole.LEGAL_OFFICER) ? Routing.LEGAL : units.get(0);
	}

	private static String pageUrl(Filter filter, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/console/queue").queryParam("unit", filter.unit());
		add(url, "status", filter.status());
		add(url, "due", filter.due());
		add(url, "channel", filter.channel());
		add(url, "category", filter.category());
		add(url, "assignee", filter.assignee());
		return url.queryParam("page", page).encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value);
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static List<String> list(String value) {
		return (value == null || value.isBlank()) ? null : Arrays.asList(value);
	}

	/**
	 * The filters as chosen, to show them again.
	 *
	 * @param unit the unit
	 * @param status the status, null for the open ones
	 * @param due the due window, null for any
	 * @param channel the channel, null for any
	 * @param category the category, null for any
	 * @param assignee {@code me}, {@code none} or null for any
	 */
	record Filter(String unit, String status, String due, String channel, String category, String assignee) {
	}

	/**
	 * One line of the queue.
	 *
	 * @param item the case
	 * @param badge how soon it is due, null when not soon
	 */
	record Row(CaseSummary item, DueBadge badge) {

		static Row of(CaseSummary item, Instant now) {
			return new Row(item, DueBadge.of(item.status().open(), item.respondBy(), now));
		}

	}

}
