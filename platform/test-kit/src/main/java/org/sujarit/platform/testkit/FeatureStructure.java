package org.sujarit.platform.testkit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Structure rules the services share: a service is packaged by feature
 * ({@code org.sujarit.cases.sla}), and what a feature keeps in its {@code internal}
 * package ({@code org.sujarit.cases.sla.internal}) is that feature's own.
 */
public final class FeatureStructure {

	private FeatureStructure() {
	}

	/**
	 * A service's own classes, without its tests.
	 * @param base the service's base package
	 * @return the classes
	 */
	public static JavaClasses classesOf(String base) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(base);
	}

	/**
	 * No feature package ({@code <base>.<feature>..}) depends on another in a cycle.
	 * @param base the service's base package
	 * @return the rule
	 */
	public static ArchRule featuresFreeOfCycles(String base) {
		return slices().matching(base + ".(*)..").should().beFreeOfCycles();
	}

	/**
	 * Classes in {@code <base>.<feature>.internal..} are used only by classes of
	 * {@code <base>.<feature>..}.
	 * @param base the service's base package, such as {@code org.sujarit.cases}
	 * @return the rule
	 */
	public static ArchRule internalOnlyWithinFeature(String base) {
		return classes().that()
			.resideInAPackage(base + ".*.internal..")
			.should(new ArchCondition<JavaClass>("be used only by their own feature") {

				@Override
				public void check(JavaClass internal, ConditionEvents events) {
					String feature = feature(base, internal.getPackageName());
					for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
						String origin = dependency.getOriginClass().getPackageName();
						if (!origin.equals(feature) && !origin.startsWith(feature + ".")) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}

			})
			.allowEmptyShould(true);
	}

	static String feature(String base, String packageName) {
		String rest = packageName.substring(base.length() + 1);
		int dot = rest.indexOf('.');
		return base + "." + ((dot < 0) ? rest : rest.substring(0, dot));
	}

}
