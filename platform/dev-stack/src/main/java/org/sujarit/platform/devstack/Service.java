package org.sujarit.platform.devstack;

import java.util.function.Supplier;

import org.sujarit.anonymizer.AnonymizerApplication;
import org.sujarit.cases.CaseTrackingApplication;
import org.sujarit.intake.ComplaintIntakeApplication;
import org.sujarit.notification.NotificationApplication;
import org.sujarit.signin.StaffSignInApplication;
import org.sujarit.statistics.StatisticsApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The five services and the staff sign-in service, with the port each listens on by
 * default. Staff sign-in comes first: it starts before the others.
 */
public enum Service {

	STAFF_SIGN_IN("staff-sign-in", 9000, StaffSignInApplication::application),
	COMPLAINT_INTAKE("complaint-intake", 8080, ComplaintIntakeApplication::application),
	CASE_TRACKING("case-tracking", 8081, CaseTrackingApplication::application),
	ANONYMIZER("anonymizer", 8082, AnonymizerApplication::application),
	NOTIFICATION("notification", 8083, NotificationApplication::application),
	STATISTICS("statistics", 8084, StatisticsApplication::application);

	private final String id;

	private final int defaultPort;

	private final Supplier<SpringApplicationBuilder> application;

	Service(String id, int defaultPort, Supplier<SpringApplicationBuilder> application) {
		this.id = id;
		this.defaultPort = defaultPort;
		this.application = application;
	}

	/**
	 * The module name, also the service's config name.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	SpringApplicationBuilder application() {
		return this.application.get();
	}

}
