package org.sujarit.cases.console;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Ends the sign-in at the provider too (OpenID Connect RP-initiated logout), so the next
 * person at a shared computer is asked for a password. The ID token goes to the provider
 * in the body of a form POST, never in a URL, where browser history, proxies and the
 * provider's access log would keep it: the page posts itself with a script, and has a
 * button for browsers without scripts.
 */
final class ProviderSignOut implements LogoutSuccessHandler {

	static final String TEMPLATE = "console/signing-out";

	private final ClientRegistrationRepository registrations;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	ProviderSignOut(ClientRegistrationRepository registrations, ITemplateEngine templates, LocaleResolver locales) {
		this.registrations = registrations;
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String signedOut = baseUrl(request) + ConsoleSecurityConfiguration.SIGNED_OUT;
		ClientRegistration registration = this.registrations.findByRegistrationId(ConsoleProperties.REGISTRATION);
		Object endSession = (registration != null)
				? registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint") : null;
		if (endSession == null || !(authentication instanceof OAuth2AuthenticationToken token)
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			response.sendRedirect(signedOut);
			return;
		}
		WebContext page = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				this.locales.resolveLocale(request),
				Map.of("endSession", endSession.toString(), "idTokenHint", user.getIdToken().getTokenValue(),
						"clientId", registration.getClientId(), "postLogoutRedirectUri", signedOut));
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		this.templates.process(TEMPLATE, page, response.getWriter());
	}

	private static String baseUrl(HttpServletRequest request) {
		return UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
			.replacePath(request.getContextPath())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
	}

}
