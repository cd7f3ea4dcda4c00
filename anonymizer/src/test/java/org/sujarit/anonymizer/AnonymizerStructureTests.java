package org.sujarit.anonymizer;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.testkit.FeatureStructure;

/**
 * Keeps anonymizer's packages by feature: no feature package depends on another in a
 * cycle, and what a feature keeps in its {@code internal} package is touched by that
 * feature only. Fails on the offending dependency, named class by class.
 */
class AnonymizerStructureTests {

	private static final String BASE = "org.sujarit.anonymizer";

	private final JavaClasses classes = FeatureStructure.classesOf(BASE);

	@Test
	void featurePackagesAreFreeOfCycles() {
		FeatureStructure.featuresFreeOfCycles(BASE).check(this.classes);
	}

	@Test
	void internalPackagesAreTheirFeaturesOwn() {
		FeatureStructure.internalOnlyWithinFeature(BASE).check(this.classes);
	}

}
