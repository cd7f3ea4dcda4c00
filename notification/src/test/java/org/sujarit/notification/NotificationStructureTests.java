package org.sujarit.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.testkit.FeatureStructure;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps notification's packages by feature: no feature package depends on another in a
 * cycle, and what a feature keeps in its {@code internal} package is touched by that
 * feature only. Fails on the offending dependency, named class by class.
 */
class NotificationStructureTests {

	private static final String BASE = "org.sujarit.notification";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void internalPackagesAreTheirFeaturesOwn() {
		FeatureStructure.internalOnlyWithinFeature(BASE).check(this.classes);
	}

}
