package org.sujarit.anonymizer.disclosure;

import java.util.List;

import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.staff.StaffUserArgumentResolver;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes sure a {@link StaffUser} parameter only ever comes from a verified token. The
 * platform's staff access registers the same resolution, but only while it is on: with
 * {@code sujarit.staff.enabled=false} Spring MVC would otherwise bind a {@code StaffUser}
 * from request parameters, which anyone could forge, and the vault's identities are
 * behind it. Here there is no signed-in user then, and the answer is 401.
 */
@Configuration(proxyBeanMethods = false)
class StaffUserGuard implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			private final StaffUserArgumentResolver verified = new StaffUserArgumentResolver();

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return this.verified.supportsParameter(parameter);
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				try {
					return this.verified.resolveArgument(parameter, container, request, binders);
				}
				catch (RuntimeException ex) {
					throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated", "No staff user is signed in",
							"ยังไม่ได้เข้าสู่ระบบในฐานะเจ้าหน้าที่", List.of());
				}
			}

		});
	}

}
