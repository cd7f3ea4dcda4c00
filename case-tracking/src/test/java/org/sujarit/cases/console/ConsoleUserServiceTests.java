package org.sujarit.cases.console;

import java.net.MalformedURLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.runtime.staff.StaffProperties;
import org.sujarit.platform.runtime.staff.StaffRole;
import org.sujarit.platform.runtime.staff.StaffTokenDecoder;
import org.sujarit.platform.runtime.staff.StaffUser;
import org.sujarit.platform.testkit.StaffTokens;

import org.springframework.core.io.UrlResource;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who the console signs in: the user of the access token, checked by the staff API's own
 * decoder, whatever the ID token says; and dates in the Buddhist calendar on Thai pages.
 */
class ConsoleUserServiceTests {

	private final StaffTokens tokens = new StaffTokens();

	private final ClientRegistration registration = new ConsoleSecurityConfiguration()
		.consoleClientRegistrations(new ConsoleProperties("http://localhost:9000", "sujarit-console", "secret", null,
				null, null, null, "http://localhost:8082", false))
		.findByRegistrationId(ConsoleProperties.REGISTRATION);

	@Test
	void theRolesAndUnitComeFromTheVerifiedAccessTokenNotTheIdToken() throws Exception {
		ConsoleUserService users = new ConsoleUserService(decoder(this.tokens));
		String access = this.tokens.bearer("officer.works", "PUBLIC_WORKS", StaffRole.OFFICER).substring(7);
		ConsoleUser user = (ConsoleUser) users.loadUser(request(access, "SUPERVISOR"));
		StaffUser staff = user.staff();
		assertThat(staff.username()).isEqualTo("officer.works");
		assertThat(staff.unit()).isEqualTo("PUBLIC_WORKS");
		assertThat(staff.roles()).containsExactly(StaffRole.OFFICER);
		assertThat(user.getName()).isEqualTo("officer.works");
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
	}

	@Test
	void anAccessTokenTheStaffApiWouldRefuseSignsNobodyIn() throws Exception {
		ConsoleUserService users = new ConsoleUserService(decoder(this.tokens));
		String foreign = new StaffTokens().bearer("supervisor", null, StaffRole.SUPERVISOR).substring(7);
		assertThatThrownBy(() -> users.loadUser(request(foreign, "SUPERVISOR")))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void thaiPagesShowBuddhistEraDatesInBangkok() {
		ConsoleDates dates = new ConsoleDates();
		Instant at = Instant.parse("2026-11-21T20:00:00Z");
		assertThat(dates.date(at, Locale.forLanguageTag("th-TH"))).isEqualTo("22 พ.ย. 2569");
		assertThat(dates.dateTime(at, Locale.forLanguageTag("th"))).isEqualTo("22 พ.ย. 2569 03:00");
		assertThat(dates.date(at, Locale.ENGLISH)).isEqualTo("22 Nov 2026");
		assertThat(DueBadge.of(true, Instant.parse("2026-11-22T16:59:59Z"), at)).isEqualTo(DueBadge.TODAY);
		assertThat(DueBadge.of(true, Instant.parse("2026-11-21T19:00:00Z"), at)).isEqualTo(DueBadge.OVERDUE);
		assertThat(DueBadge.of(true, Instant.parse("2026-11-24T10:00:00Z"), at)).isEqualTo(DueBadge.SOON);
		assertThat(DueBadge.of(false, Instant.parse("2026-11-21T19:00:00Z"), at)).isNull();
	}

	private OidcUserRequest request(String accessToken, String idTokenRole) {
		Instant now = Instant.now();
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.issuer("http://localhost:9000")
			.subject("officer.works")
			.audience(List.of("sujarit-console"))
			.claim("roles", List.of(idTokenRole))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
		return new OidcUserRequest(this.registration,
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(300)),
				idToken);
	}

	private static JwtDecoder decoder(StaffTokens tokens) throws MalformedURLException {
		return StaffTokenDecoder.create(new StaffProperties(true, tokens.issuer(), "http://localhost:9000/oauth2/jwks",
				new UrlResource(tokens.publicKeyLocation()), null, List.of()));
	}

}
