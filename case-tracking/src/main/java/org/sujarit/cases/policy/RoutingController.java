package org.sujarit.cases.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sujarit.cases.access.CaseAccess;
import org.sujarit.cases.routing.Routing;
import org.sujarit.cases.routing.RoutingProperties;
import org.sujarit.platform.events.Category;
import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The routing policy in force, for administrators (and supervisors and auditors). Shows
 * no case content.
 */
@RestController
class RoutingController {

	private final Routing routing;

	private final RoutingProperties properties;

	private final CaseAccess access;

	RoutingController(Routing routing, RoutingProperties properties, CaseAccess access) {
		this.routing = routing;
		this.properties = properties;
		this.access = access;
	}

	@GetMapping("/api/v1/admin/routing")
	RoutingPolicy policy(StaffUser staff) {
		this.access.requirePolicy(staff);
		Map<Category, String> categories = Arrays.stream(Category.values())
			.collect(Collectors.toMap(Function.identity(), (category) -> this.routing.general(category).unit(),
					(a, b) -> a, () -> new java.util.EnumMap<>(Category.class)));
		return new RoutingPolicy(categories, this.properties.fallbackUnit(), this.properties.unitNames(),
				this.properties.nextLevel(), Routing.LEGAL);
	}

	/**
	 * The routing in force.
	 *
	 * @param categories where each category goes (corruption categories to the legal
	 * unit)
	 * @param fallbackUnit where a category the table leaves out goes
	 * @param units the known units and their Thai names
	 * @param nextLevel where a case naming an official of a unit goes instead
	 * @param whistleblowerUnit where whistleblower reports go
	 */
	record RoutingPolicy(Map<Category, String> categories, String fallbackUnit, Map<String, String> units,
			Map<String, String> nextLevel, String whistleblowerUnit) {
	}

}
