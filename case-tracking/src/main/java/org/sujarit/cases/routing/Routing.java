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
	 * Routes a general complaint, avoiding a conflict of interest: a complaint that names
	 * an official of the unit it would go to goes to that unit's next level instead.
	 * @param category what the complaint is about
	 * @param namedUnit the unit of an official the complaint names, as staff recorded it;
	 * may be null
	 * @return the unit and the reason
	 */
	public RoutingDecision general(Category category, String namedUnit) {
		return avoidConflict(general(category), namedUnit, "the complaint names an official of");
	}

	/**
	 * Routes a whistleblower report to the legal unit, or to the legal unit's next level
	 * when the accused works in the legal unit.
	 * @param category what the report alleges
	 * @param accusedUnit the accused official's unit, may be null
	 * @return the unit and the reason
	 */
	public RoutingDecision whistleblower(Category category, String accusedUnit) {
		return avoidConflict(whistleblower(category), accusedUnit, "the accused works in");
	}

	/**
	 * The unit a case goes to instead when it names an official of a unit.
	 * @param unit the unit code
	 * @return the next level
	 */
	public String nextLevel(String unit) {
		return this.properties.nextLevel().getOrDefault(unit, RoutingProperties.DEFAULT_NEXT_LEVEL);
	}

	/**
	 * Reads a unit as a report or staff may give it: the code in any case, or the Thai
	 * name.
	 * @param text the unit as given
	 * @return the unit code, or null when it is none of the known units
	 */
	public String unitOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		for (Map.Entry<String, String> unit : this.properties.unitNames().entrySet()) {
			if (unit.getKey().equalsIgnoreCase(given) || unit.getValue().equals(given)) {
				return unit.getKey();
			}
		}
		return null;
	}

	private RoutingDecision avoidConflict(RoutingDecision decision, String named, String why) {
		String namedUnit = unitOf(named);
		if (namedUnit == null || !namedUnit.equals(decision.unit())) {
			return decision;
		}
		String next = nextLevel(namedUnit);
		return new RoutingDecision(next, "Conflict of interest: " + why + " " + namedUnit + ", so the case goes to "
				+ "its next level " + next + " instead (" + decision.reason() + ")");
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
		properties.nextLevel().forEach((unit, next) -> {
			if (!known.contains(next)) {
				problems.add("next-level." + unit + " names " + next + ", which is not a known unit " + known);
			}
			else if (next.equals(unit)) {
				problems.add("next-level." + unit + " must name another unit");
			}
		});
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
