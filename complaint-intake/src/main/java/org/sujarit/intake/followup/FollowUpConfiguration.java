package org.sujarit.intake.followup;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.sujarit.intake.IntakeProperties;
import org.sujarit.platform.runtime.PlatformProperties;
import org.sujarit.platform.runtime.web.ProblemWriter;
import org.sujarit.platform.runtime.web.RequestBodyLimitFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Request size limits with evidence uploads. The platform's body limit applies to every
 * path, so intake raises it to let evidence files in and puts its own, smaller limit on
 * every other path. The portal's complaint form, sent as {@code multipart/form-data} with
 * its optional photo, is let in too (the photo's own limit is checked by the page, which
 * answers with a field error).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

	/** The portal's evidence upload, a form post that carries the file too. */
	static final String PORTAL_EVIDENCE_PATH = "/whistleblower/follow-up/evidence";

	/** The portal's complaint form, which may carry a photo. */
	static final String PORTAL_COMPLAINT_PATH = "/complaints/new";

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> intakeBodyLimitFilter(IntakeProperties intake,
			PlatformProperties platform) {
		long evidence = intake.whistleblower().evidence().maxFileSize().toBytes();
		if (platform.maxRequestBody().toBytes() <= evidence) {
			throw new IllegalStateException("sujarit.platform.max-request-body (" + platform.maxRequestBody()
					+ ") must exceed sujarit.intake.whistleblower.evidence.max-file-size ("
					+ intake.whistleblower().evidence().maxFileSize() + ") to let evidence files in");
		}
		RequestBodyLimitFilter filter = new RequestBodyLimitFilter(intake.maxRequestBody().toBytes(),
				new ProblemWriter()) {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				String type = request.getContentType();
				boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
				return path.equals(FollowUpController.EVIDENCE_PATH) || path.equals(PORTAL_EVIDENCE_PATH)
						|| (multipart && path.equals(PORTAL_COMPLAINT_PATH));
			}

		};
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
		// after the no-store filter, so a 413 is not cached either
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
