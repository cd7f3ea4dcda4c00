package org.sujarit.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sujarit.platform.testkit.FeatureStructure;

/**
 * Keeps notification's packages by feature: no feature package depends on another in a
 * cycle, and what a feature keeps in its {@code internal} package is touched by that
 * feature only. Fails on the offending dependency, named class by class.
 */
class NotificationStructureTests {

	private static final String BASE = "org.sujarit.notification";

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
