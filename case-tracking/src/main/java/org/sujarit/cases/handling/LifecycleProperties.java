package org.sujarit.cases.handling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outside bodies a case may be referred to.
 *
 * @param referralBodies code to Thai name, {@link #DEFAULT_BODIES} unless configured (a
 * configured list replaces the default one)
 */
@ConfigurationProperties("sujarit.cases.lifecycle")
public record LifecycleProperties(Map<String, String> referralBodies) {

	/** The usual outside bodies. */
	public static final Map<String, String> DEFAULT_BODIES = defaults();

	public LifecycleProperties {
		referralBodies = (referralBodies == null || referralBodies.isEmpty()) ? DEFAULT_BODIES
				: Collections.unmodifiableMap(new LinkedHashMap<>(referralBodies));
	}

	private static Map<String, String> defaults() {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("NACC", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)");
		bodies.put("PACC", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (ป.ป.ท.)");
		bodies.put("DAMRONGTHAM", "ศูนย์ดำรงธรรมจังหวัด");
		bodies.put("OMBUDSMAN", "สำนักงานผู้ตรวจการแผ่นดิน");
		bodies.put("POLICE", "สถานีตำรวจในพื้นที่");
		bodies.put("PROVINCE", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด");
		return Collections.unmodifiableMap(bodies);
	}

}
