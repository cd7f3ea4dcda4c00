package org.sujarit.platform.runtime.staff;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.platform.runtime.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers requests without a valid staff sign-in (401) and requests the user's roles do
 * not allow (403) as RFC 9457 problems in English and Thai, with the
 * {@code WWW-Authenticate: Bearer} header RFC 6750 asks for. The reason a token was
 * refused is not echoed: the header carries the OAuth error code, which is enough.
 */
public class StaffProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter writer = new ProblemWriter();

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// sets the status (401; 400 for a malformed header) and WWW-Authenticate
		this.bearer.commence(request, response, ex);
		this.writer.write(request, response,
				unauthorized(HttpStatus.valueOf(response.getStatus()), ex instanceof OAuth2AuthenticationException));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.bearerDenied.handle(request, response, ex);
		this.writer.write(request, response, forbidden());
	}

	/**
	 * The problem for a request without a usable staff sign-in.
	 * @param status 401, or 400 for a malformed request
	 * @param tokenRefused whether a token was sent and refused (rather than none sent)
	 * @return the problem
	 */
	public static ProblemDetail unauthorized(HttpStatus status, boolean tokenRefused) {
		ProblemDetail problem;
		if (status != HttpStatus.UNAUTHORIZED) {
			problem = ProblemDetail.forStatusAndDetail(status, "The Authorization header is malformed");
			problem.setProperty("detailTh", "ส่วนหัว Authorization มีรูปแบบไม่ถูกต้อง");
		}
		else if (tokenRefused) {
			problem = ProblemDetail.forStatusAndDetail(status,
					"Your sign-in is not valid or has expired; sign in again");
			problem.setProperty("detailTh", "การเข้าสู่ระบบไม่ถูกต้องหรือหมดอายุแล้ว กรุณาเข้าสู่ระบบใหม่");
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(status, "Sign in as staff to use this API");
			problem.setProperty("detailTh", "กรุณาเข้าสู่ระบบในฐานะเจ้าหน้าที่");
		}
		problem.setType(URI.create("urn:sujarit:problem:unauthorized"));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/**
	 * The problem for a signed-in user whose roles do not allow the request.
	 * @return the problem
	 */
	public static ProblemDetail forbidden() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your staff role does not allow this");
		problem.setType(URI.create("urn:sujarit:problem:forbidden"));
		problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
		problem.setProperty("detailTh", "บทบาทของท่านไม่มีสิทธิ์ดำเนินการนี้");
		return problem;
	}

}
