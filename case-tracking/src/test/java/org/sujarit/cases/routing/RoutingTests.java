package org.sujarit.cases.routing;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sujarit.platform.events.Category;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoutingTests {

	private final Routing routing = new Routing(RoutingProperties.defaults());

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(RoutingContext.class);

	@Test
	void everyCorruptionCategoryGoesToTheLegalUnit() {
		Arrays.stream(Category.values())
			.filter(Category::corruption)
			.forEach((category) -> assertThat(this.routing.general(category).unit()).as(category.name())
				.isEqualTo("LEGAL"));
	}

	@Test
	void corruptionGoesToTheLegalUnitEvenWhenTheTableLeavesItOut() {
		Routing routing = new Routing(
				new RoutingProperties(Map.of(Category.ROADS, "FINANCE"), "CLERK_OFFICE", null, null));

		assertThat(routing.general(Category.BRIBERY).unit()).isEqualTo("LEGAL");
		assertThat(routing.general(Category.BRIBERY).reason()).contains("BRIBERY", "corruption");
	}

	@Test
	void aTableMayListCorruptionWithTheLegalUnit() {
		Routing routing = new Routing(new RoutingProperties(
				Map.of(Category.GIFTS, "LEGAL", Category.ROADS, "PUBLIC_WORKS"), "CLERK_OFFICE", null, null));

		assertThat(routing.general(Category.GIFTS).unit()).isEqualTo("LEGAL");
	}

	@ParameterizedTest
	@EnumSource(Category.class)
	void everyWhistleblowerReportGoesToTheLegalUnit(Category category) {
		RoutingDecision decision = this.routing.whistleblower(category);

		assertThat(decision.unit()).isEqualTo("LEGAL");
		assertThat(decision.reason()).contains("Whistleblower");
	}

	@Test
	void generalCategoriesFollowTheDefaultTable() {
		assertThat(this.routing.general(Category.ROADS).unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(this.routing.general(Category.STREET_LIGHTING).unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(this.routing.general(Category.WATER_DRAINAGE).unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(this.routing.general(Category.WASTE).unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
		assertThat(this.routing.general(Category.NUISANCE).unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
		assertThat(this.routing.general(Category.PUBLIC_HEALTH).unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
		assertThat(this.routing.general(Category.MARKETS).unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
		assertThat(this.routing.general(Category.EDUCATION_CHILDCARE).unit()).isEqualTo("EDUCATION");
		assertThat(this.routing.general(Category.SERVICE_QUALITY).unit()).isEqualTo("CLERK_OFFICE");
		assertThat(this.routing.general(Category.SUGGESTION).unit()).isEqualTo("CLERK_OFFICE");
		assertThat(this.routing.general(Category.OTHER).unit()).isEqualTo("CLERK_OFFICE");
		assertThat(this.routing.general(Category.ROADS).reason())
			.isEqualTo("The routing table sends ROADS to PUBLIC_WORKS");
	}

	@Test
	void aConfiguredTableReplacesTheDefaultOne() {
		Routing routing = new Routing(
				new RoutingProperties(Map.of(Category.MARKETS, "FINANCE"), "CLERK_OFFICE", null, null));

		assertThat(routing.general(Category.MARKETS).unit()).isEqualTo("FINANCE");
		assertThat(routing.general(Category.ROADS).unit()).isEqualTo("CLERK_OFFICE");
	}

	@Test
	void aCategoryTheTableDoesNotNameGoesToTheFallbackUnit() {
		Routing routing = new Routing(
				new RoutingProperties(Map.of(Category.ROADS, "PUBLIC_WORKS"), "PUBLIC_HEALTH_ENVIRONMENT", null, null));

		RoutingDecision decision = routing.general(Category.WASTE);

		assertThat(decision.unit()).isEqualTo("PUBLIC_HEALTH_ENVIRONMENT");
		assertThat(decision.reason()).contains("WASTE", "fallback");
	}

	@Test
	void theDefaultTableNamesEveryGeneralCategory() {
		Arrays.stream(Category.values())
			.filter((category) -> !category.corruption())
			.forEach((category) -> assertThat(RoutingProperties.DEFAULT_UNITS).containsKey(category));
	}

	@Test
	void unknownUnitsAreUnknown() {
		assertThat(this.routing.isUnit("PUBLIC_WORKS")).isTrue();
		assertThat(this.routing.isUnit("LEGAL")).isTrue();
		assertThat(this.routing.isUnit("MAYOR")).isFalse();
		assertThat(this.routing.unitName("LEGAL")).isEqualTo("ฝ่ายนิติการ");
	}

	@Test
	void aTableSendingCorruptionElsewhereIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(
					new RoutingProperties(Map.of(Category.PROCUREMENT, "FINANCE"), "CLERK_OFFICE", null, null)))
			.withMessageContaining("units.PROCUREMENT")
			.withMessageContaining("LEGAL");
	}

	@Test
	void aTableNamingAnUnknownUnitIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(
					new RoutingProperties(Map.of(Category.ROADS, "ROAD_DEPT"), "CLERK_OFFICE", null, null)))
			.withMessageContaining("units.ROADS")
			.withMessageContaining("ROAD_DEPT");
	}

	@Test
	void unitsWithoutTheLegalUnitAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(new RoutingProperties(Map.of(Category.ROADS, "CLERK_OFFICE"), "CLERK_OFFICE",
					Map.of("CLERK_OFFICE", "สำนักปลัดเทศบาล"), null)))
			.withMessageContaining("unit-names must include LEGAL");
	}

	@Test
	void anUnknownFallbackUnitIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(new RoutingProperties(null, "NOWHERE", null, null)))
			.withMessageContaining("fallback-unit NOWHERE");
	}

	@Test
	void aConfiguredUnitCanBeRoutedTo() {
		Map<String, String> units = Map.of("LEGAL", "ฝ่ายนิติการ", "CLERK_OFFICE", "สำนักปลัดเทศบาล", "MARKETS_OFFICE",
				"ฝ่ายตลาด");
		Routing routing = new Routing(
				new RoutingProperties(Map.of(Category.MARKETS, "MARKETS_OFFICE"), "CLERK_OFFICE", units, null));

		assertThat(routing.general(Category.MARKETS).unit()).isEqualTo("MARKETS_OFFICE");
		assertThat(routing.unitName("MARKETS_OFFICE")).isEqualTo("ฝ่ายตลาด");
	}

	@Test
	void bindsTheTableFromConfiguration() {
		this.context
			.withPropertyValues("sujarit.cases.routing.units.MARKETS=FINANCE",
					"sujarit.cases.routing.units.ROADS=PUBLIC_WORKS")
			.run((context) -> {
				Routing routing = context.getBean(Routing.class);
				assertThat(routing.general(Category.MARKETS).unit()).isEqualTo("FINANCE");
				assertThat(routing.general(Category.ROADS).unit()).isEqualTo("PUBLIC_WORKS");
				assertThat(routing.general(Category.WASTE).unit()).isEqualTo("CLERK_OFFICE");
			});
	}

	@Test
	void refusesToStartWithATableSendingCorruptionElsewhere() {
		this.context.withPropertyValues("sujarit.cases.routing.units.BRIBERY=FINANCE").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("units.BRIBERY is FINANCE")
				.hasMessageContaining("always go to LEGAL");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RoutingProperties.class)
	@Import(RoutingConfiguration.class)
	static class RoutingContext {

	}

	@Test
	void aReportAccusingTheLegalUnitGoesToTheMunicipalClerkWithTheReason() {
		RoutingDecision decision = this.routing.whistleblower(Category.BRIBERY, "LEGAL");

		assertThat(decision.unit()).isEqualTo("CLERK_OFFICE");
		assertThat(decision.reason()).contains("Conflict of interest", "LEGAL", "CLERK_OFFICE");
		assertThat(this.routing.whistleblower(Category.BRIBERY, "ฝ่ายนิติการ").unit()).isEqualTo("CLERK_OFFICE");
		assertThat(this.routing.whistleblower(Category.BRIBERY, "PUBLIC_WORKS").unit()).isEqualTo("LEGAL");
		assertThat(this.routing.whistleblower(Category.BRIBERY, null).unit()).isEqualTo("LEGAL");
	}

	@Test
	void aComplaintNamingAnOfficialOfItsUnitGoesToTheConfiguredNextLevel() {
		Routing routing = new Routing(
				new RoutingProperties(null, "CLERK_OFFICE", null, Map.of("PUBLIC_WORKS", "FINANCE")));

		assertThat(routing.general(Category.ROADS, "public_works").unit()).isEqualTo("FINANCE");
		assertThat(routing.general(Category.WASTE, "PUBLIC_HEALTH_ENVIRONMENT").unit()).isEqualTo("CLERK_OFFICE");
		assertThat(routing.general(Category.SUGGESTION, "CLERK_OFFICE").unit()).isEqualTo("LEGAL");
		assertThat(routing.general(Category.ROADS, "FINANCE").unit()).isEqualTo("PUBLIC_WORKS");
	}

	@Test
	void refusesANextLevelThatIsUnknownOrTheSameUnit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(new RoutingProperties(null, "CLERK_OFFICE", null, Map.of("LEGAL", "MAYOR"))))
			.withMessageContaining("next-level.LEGAL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Routing(new RoutingProperties(null, "CLERK_OFFICE", null, Map.of("LEGAL", "LEGAL"))))
			.withMessageContaining("another unit");
	}

}
