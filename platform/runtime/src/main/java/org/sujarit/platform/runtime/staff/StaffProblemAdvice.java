package org.sujarit.platform.runtime.staff;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refusals by method security ({@code @PreAuthorize} on a controller or service)
 * as 403 problems, and a missing sign-in as 401. Ordered before the platform's
 * {@code ProblemAdvice}, whose catch-all would otherwise turn them into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StaffProblemAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return problem(request, StaffProblems.unauthorized(HttpStatus.UNAUTHORIZED, false));
		}
		return problem(request, StaffProblems.forbidden());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> notSignedIn(HttpServletRequest request) {
		return problem(request, StaffProblems.unauthorized(HttpStatus.UNAUTHORIZED, false));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, ProblemDetail problem) {
		problem.setInstance(URI.create(request.getRequestURI()));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			response.header("WWW-Authenticate", "Bearer");
		}
		return response.body(problem);
	}

}
