package org.sujarit.anonymizer.disclosure;

import java.util.List;

import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.runtime.web.ProblemException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * TEMPORARY, until the staff sign-in of platform/runtime is merged: without its argument
 * resolver Spring MVC would bind a {@link StaffUser} parameter from request parameters,
 * which anyone could forge. This refuses every staff request instead. It switches itself
 * off as soon as the platform's {@code StaffUserArgumentResolver} is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("org.sujarit.platform.runtime.staff.StaffUserArgumentResolver")
class StaffSignInPending implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return StaffUser.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated", "Staff sign-in is not available",
						"ยังไม่สามารถเข้าสู่ระบบสำหรับเจ้าหน้าที่ได้", List.of());
			}

		});
	}

}
