package org.sujarit.platform.runtime.staff;

import java.security.Principal;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the signed-in {@link StaffUser} when it declares a parameter
 * of that type. Without a signed-in user (an open path) the request is answered 401.
 */
public class StaffUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return StaffUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Principal principal = webRequest.getUserPrincipal();
		if (principal instanceof JwtAuthenticationToken token) {
			return StaffUser.fromClaims(token.getTokenAttributes());
		}
		throw new AuthenticationCredentialsNotFoundException("No staff user is signed in");
	}

}
