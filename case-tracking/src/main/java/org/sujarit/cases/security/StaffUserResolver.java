package org.sujarit.cases.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sujarit.platform.runtime.staff.StaffUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands controllers the signed-in staff member as a {@link StaffUser}, read from the
 * configured accounts. Replaced by the OpenID Connect resource server.
 */
class StaffUserResolver implements HandlerMethodArgumentResolver {

	private final Map<String, StaffUser> users;

	StaffUserResolver(StaffProperties properties) {
		this.users = properties.users()
			.stream()
			.map((account) -> new StaffUser(account.username(),
					(account.displayName() != null) ? account.displayName() : account.username(), account.unit(),
					java.util.Set.copyOf(account.roles())))
			.collect(Collectors.toMap(StaffUser::username, Function.identity()));
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return StaffUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		StaffUser user = (authentication != null) ? this.users.get(authentication.getName()) : null;
		if (user == null) {
			throw new IllegalStateException("No staff user signed in");
		}
		return user;
	}

}
