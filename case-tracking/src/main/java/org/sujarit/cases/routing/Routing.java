package org.sujarit.cases.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sujarit.platform.events.Category;

/**
 * Decides which unit handles a case. Corruption and misconduct never depend on
 * configuration: every whistleblower report and every corruption category goes to the
 * legal unit, whatever the table says; the table only routes general categories. A table
 * that would send a corruption category elsewhere, or names a unit nobody knows, is
 * refused at start rather than discovered on the first complaint.
 */
public class Routing {

	/** The legal unit (ฝ่ายนิติการ), which handles corruption and misconduct. */
	public static final String LEGAL = "LEGAL";

	private final RoutingProperties properties;

	/**
	 * Creates the routing and checks its table.
	 * @param properties the routing table and units
	 * @throws IllegalArgumentException when the table is not acceptable
	 */
	public Routing(RoutingProperties properties) {
		List<String> problems = problems(properties);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(
					"Invalid routing configuration (sujarit.cases.routing): " + String.join("; ", problems));
		}
		this.properties = properties;
	}

	/**
	 * Routes a general complaint.
	 * @param category what the complaint is about
	 * @return the unit and the reason
	 */
	public RoutingDecision general(Category category) {
		if (category.corruption()) {
			return new RoutingDecision(LEGAL,
					"Category " + category + " is a corruption or misconduct category: the legal unit handles it");
		}
		String unit = this.properties.units().get(category);
		if (unit != null) {
			return new RoutingDecision(unit, "The routing table sends " + category + " to " + unit);
		}
		return new RoutingDecision(this.properties.fallbackUnit(),
				"The routing table does not name " + category + ": fallback unit " + this.properties.fallbackUnit());
	}

	/**
	 * Routes a whistleblower report, whatever its category.
	 * @param category what the report alleges
	 * @return the legal unit and the reason
	 */
	public RoutingDecision whistleblower(Category category) {
		return new RoutingDecision(LEGAL,
				"Whistleblower reports always go to the legal unit (category " + category + ")");
	}

	/**
	 * Whether a unit code is one of the known units.
	 * @param unit a unit code
	 * @return true for a known unit
	 */
	public boolean isUnit(String unit) {
		return unit != null && this.properties.unitNames().containsKey(unit);
	}

	/**
	 * The known units and their Thai names.
	 * @return unit code to Thai name, in display order
	 */
	public Map<String, String> units() {
		return this.properties.unitNames();
	}

	/**
	 * The Thai name of a unit.
	 * @param unit a unit code
	 * @return the Thai name, or the code itself for a unit no longer configured
	 */
	public String unitName(String unit) {
		return this.properties.unitNames().getOrDefault(unit, unit);
	}

	private static List<String> problems(RoutingProperties properties) {
		List<String> problems = new ArrayList<>();
		Set<String> known = properties.unitNames().keySet();
		if (!known.contains(LEGAL)) {
			problems.add("unit-names must include " + LEGAL);
		}
		if (!known.contains(properties.fallbackUnit())) {
			problems.add("fallback-unit " + properties.fallbackUnit() + " is not a known unit " + known);
		}
		properties.units().forEach((category, unit) -> {
			if (category.corruption() && !LEGAL.equals(unit)) {
				problems.add("units." + category + " is " + unit + ", but corruption and misconduct categories"
						+ " always go to " + LEGAL);
			}
			else if (!known.contains(unit)) {
				problems.add("units." + category + " names " + unit + ", which is not a known unit " + known);
			}
		});
		return problems;
	}

}
