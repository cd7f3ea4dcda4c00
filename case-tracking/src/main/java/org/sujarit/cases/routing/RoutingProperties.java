package org.sujarit.cases.routing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import org.sujarit.platform.events.Category;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where general complaints go. A configured table or unit list replaces the default one
 * as a whole (as any configured map does), so what a municipality writes is the complete
 * picture; categories its table leaves out go to the fallback unit.
 *
 * @param units the unit each general category goes to, {@link #DEFAULT_UNITS} unless
 * configured; corruption and misconduct categories always go to {@value Routing#LEGAL}
 * and may only be listed with that unit
 * @param fallbackUnit the unit for a category the table does not name
 * @param unitNames every known unit code with its Thai name for display, in display
 * order, {@link #DEFAULT_UNIT_NAMES} unless configured; must include
 * {@value Routing#LEGAL}
 * @param nextLevel where a case goes instead when it names an official of the unit it
 * would go to (conflict of interest), per unit; units not listed go to
 * {@code CLERK_OFFICE} (สำนักปลัดเทศบาล), and {@code CLERK_OFFICE} itself to
 * {@value Routing#LEGAL}. A configured map is merged over these defaults.
 */
@Validated
@ConfigurationProperties("sujarit.cases.routing")
public record RoutingProperties(Map<Category, String> units,
		@DefaultValue("CLERK_OFFICE") @NotBlank String fallbackUnit, Map<String, String> unitNames,
		Map<String, String> nextLevel) {

	/** The usual routing of a municipality's general categories. */
	public static final Map<Category, String> DEFAULT_UNITS = defaultUnits();

	/** The usual units of a municipality. */
	public static final Map<String, String> DEFAULT_UNIT_NAMES = defaultUnitNames();

	public RoutingProperties {
		units = (units == null || units.isEmpty()) ? DEFAULT_UNITS : Collections.unmodifiableMap(new EnumMap<>(units));
		unitNames = (unitNames == null || unitNames.isEmpty()) ? DEFAULT_UNIT_NAMES
				: Collections.unmodifiableMap(new LinkedHashMap<>(unitNames));
		Map<String, String> levels = new LinkedHashMap<>();
		for (String unit : unitNames.keySet()) {
			levels.put(unit, DEFAULT_NEXT_LEVEL.equals(unit) ? Routing.LEGAL : DEFAULT_NEXT_LEVEL);
		}
		if (nextLevel != null) {
			levels.putAll(nextLevel);
		}
		nextLevel = Collections.unmodifiableMap(levels);
	}

	/** Where a conflict of interest sends a case by default: the municipal clerk. */
	public static final String DEFAULT_NEXT_LEVEL = "CLERK_OFFICE";

	/**
	 * The defaults alone.
	 * @return properties with the default table, fallback and units
	 */
	public static RoutingProperties defaults() {
		return new RoutingProperties(null, "CLERK_OFFICE", null, null);
	}

	private static Map<Category, String> defaultUnits() {
		Map<Category, String> units = new EnumMap<>(Category.class);
		units.put(Category.ROADS, "PUBLIC_WORKS");
		units.put(Category.STREET_LIGHTING, "PUBLIC_WORKS");
		units.put(Category.WATER_DRAINAGE, "PUBLIC_WORKS");
		units.put(Category.WASTE, "PUBLIC_HEALTH_ENVIRONMENT");
		units.put(Category.NUISANCE, "PUBLIC_HEALTH_ENVIRONMENT");
		units.put(Category.PUBLIC_HEALTH, "PUBLIC_HEALTH_ENVIRONMENT");
		units.put(Category.MARKETS, "PUBLIC_HEALTH_ENVIRONMENT");
		units.put(Category.EDUCATION_CHILDCARE, "EDUCATION");
		units.put(Category.SERVICE_QUALITY, "CLERK_OFFICE");
		units.put(Category.SUGGESTION, "CLERK_OFFICE");
		units.put(Category.OTHER, "CLERK_OFFICE");
		return Collections.unmodifiableMap(units);
	}

	private static Map<String, String> defaultUnitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(Routing.LEGAL, "ฝ่ายนิติการ");
		names.put("CLERK_OFFICE", "สำนักปลัดเทศบาล");
		names.put("PUBLIC_WORKS", "กองช่าง");
		names.put("FINANCE", "กองคลัง");
		names.put("PUBLIC_HEALTH_ENVIRONMENT", "กองสาธารณสุขและสิ่งแวดล้อม");
		names.put("EDUCATION", "กองการศึกษา");
		return Collections.unmodifiableMap(names);
	}

}
