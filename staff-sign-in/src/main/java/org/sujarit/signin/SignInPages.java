package org.sujarit.signin;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The few pages a person sees besides the login form: where to type the code a terminal
 * shows (device sign-in), and the page after it.
 */
@RestController
class SignInPages {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="th"><head><meta charset="utf-8"><title>Sujarit staff sign-in</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head>
			<body style="font-family: sans-serif; max-width: 32em; margin: 3em auto">
			<h1>สุจริต · Sujarit</h1>
			%s
			</body></html>
			""";

	private final String deviceVerificationEndpoint;

	SignInPages(AuthorizationServerSettings settings) {
		this.deviceVerificationEndpoint = settings.getDeviceVerificationEndpoint();
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home() {
		return PAGE.formatted("""
				<p>ระบบเข้าสู่ระบบของเจ้าหน้าที่ · Staff sign-in.</p>
				<p>To sign in a terminal, run the device sign-in it shows and enter its code at
				<a href="%s">%s</a>.</p>
				""".formatted(SignInSecurityConfiguration.ACTIVATE_PAGE, SignInSecurityConfiguration.ACTIVATE_PAGE));
	}

	@GetMapping(path = SignInSecurityConfiguration.ACTIVATE_PAGE, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> activate(@RequestParam(name = "user_code", required = false) String userCode) {
		if (userCode != null && !userCode.isBlank()) {
			// the link a terminal shows carries the code: confirm it straight away
			URI verification = URI.create(UriComponentsBuilder.fromPath(this.deviceVerificationEndpoint)
				.queryParam("user_code", userCode)
				.encode()
				.build()
				.toUriString());
			return ResponseEntity.status(302).location(verification).build();
		}
		return ResponseEntity.ok(PAGE.formatted("""
				<p>กรอกรหัสที่แสดงบนหน้าจอของท่าน · Enter the code your terminal shows.</p>
				<form method="get" action="%s">
				<input name="user_code" autocomplete="off" autofocus required placeholder="XXXX-XXXX">
				<button type="submit">ยืนยัน · Confirm</button>
				</form>
				""".formatted(this.deviceVerificationEndpoint)));
	}

	@GetMapping(path = SignInSecurityConfiguration.ACTIVATED_PAGE, produces = MediaType.TEXT_HTML_VALUE)
	String activated() {
		return PAGE.formatted("""
				<p>เข้าสู่ระบบเรียบร้อยแล้ว กลับไปที่หน้าจอเดิมได้เลย</p>
				<p>You are signed in. Go back to your terminal.</p>
				""");
	}

}
