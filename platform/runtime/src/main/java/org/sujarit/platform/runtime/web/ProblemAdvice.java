package org.sujarit.platform.runtime.web;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad requests with RFC 9457 problems that name each bad field and the rule it
 * broke, in English and Thai. Never a stack trace, never the submitted values (they may
 * be personal data).
 * <p>
 * Ordered just after the staff access advice, which answers security refusals (401/403)
 * that the catch-all here would otherwise turn into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	static final String TYPE_PREFIX = "urn:sujarit:problem:";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		for (org.springframework.validation.FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(describe(error.getField(), error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldError(error.getObjectName(), "valid", error.getDefaultMessage(),
					error.getDefaultMessage())));
		return problem(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof RequestTooLargeException tooLarge) {
				return problem(tooLarge(tooLarge.limit()));
			}
			if (cause instanceof DatabindException databind) {
				return problem(invalid(List.of(describe(databind))));
			}
			cause = cause.getCause();
		}
		return problem(invalid(List.of(new FieldError("body", "json", "The request body is not valid JSON",
				"ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง"))));
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> handleProblem(ProblemException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(URI.create(TYPE_PREFIX + ex.code()));
		problem.setTitle(ex.status().getReasonPhrase());
		problem.setProperty("detailTh", ex.messageTh());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		return problem(problem);
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(jakarta.validation.ConstraintViolationException ex) {
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			String path = violation.getPropertyPath().toString();
			String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
			Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
			errors.add(rule(field, annotation.annotationType().getSimpleName(),
					violation.getConstraintDescriptor().getAttributes(), violation.getMessage()));
		}
		return problem(invalid(errors));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		// the class only: an exception message may quote what was submitted
		log.error("Unexpected failure handling a request: {}", ex.getClass().getName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again later.");
		problem.setType(URI.create(TYPE_PREFIX + "internal"));
		problem.setTitle("Internal Server Error");
		problem.setProperty("detailTh", "ระบบขัดข้อง กรุณาลองใหม่อีกครั้งภายหลัง");
		return problem(problem);
	}

	static ProblemDetail tooLarge(long limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + limit + " bytes");
		problem.setType(URI.create(TYPE_PREFIX + "too-large"));
		problem.setTitle("Content Too Large");
		problem.setProperty("detailTh", "ข้อมูลที่ส่งมามีขนาดเกิน " + limit + " ไบต์");
		problem.setProperty("limitBytes", limit);
		return problem;
	}

	static ProblemDetail invalid(List<FieldError> errors) {
		String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: " + fields);
		problem.setType(URI.create(TYPE_PREFIX + "invalid-input"));
		problem.setTitle("Invalid input");
		problem.setProperty("detailTh", "ข้อมูลไม่ถูกต้อง: " + fields);
		problem.setProperty("errors", errors);
		return problem;
	}

	private ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private FieldError describe(String field, org.springframework.validation.FieldError error) {
		String code = (error.getCodes() != null && error.getCodes().length > 0)
				? error.getCodes()[error.getCodes().length - 1] : "Valid";
		Map<String, Object> attributes = Map.of();
		try {
			ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
			attributes = violation.getConstraintDescriptor().getAttributes();
			code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		}
		catch (IllegalArgumentException ex) {
			// not a bean validation error: keep the binding code
		}
		return rule(field, code, attributes, error.getDefaultMessage());
	}

	private FieldError rule(String field, String constraint, Map<String, Object> attributes, String fallback) {
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> new FieldError(field, "required", "is required", "ต้องระบุ");
			case "Size" -> new FieldError(field, "length",
					"must be between " + attributes.get("min") + " and " + attributes.get("max") + " characters",
					"ต้องมีความยาว " + attributes.get("min") + " ถึง " + attributes.get("max") + " ตัวอักษร");
			case "Email" -> new FieldError(field, "email", "must be an e-mail address", "รูปแบบอีเมลไม่ถูกต้อง");
			case "Pattern" -> new FieldError(field, "format", "has the wrong format", "รูปแบบไม่ถูกต้อง");
			case "DecimalMin", "DecimalMax", "Min", "Max" -> new FieldError(field, "range",
					"is out of range" + range(attributes), "ค่าอยู่นอกช่วงที่กำหนด" + range(attributes));
			default -> new FieldError(field, constraint.toLowerCase(), fallback, fallback);
		};
	}

	private static String range(Map<String, Object> attributes) {
		Object value = attributes.get("value");
		return (value != null) ? " (" + value + ")" : "";
	}

	private FieldError describe(DatabindException ex) {
		String field = ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		if (field.isEmpty()) {
			field = "body";
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return new FieldError(field, "unknown", "is not a known field", "ไม่ใช่ช่องข้อมูลที่รู้จัก");
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return new FieldError(field, "one-of", "must be one of: " + allowed,
					"ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: " + allowed);
		}
		if (ex instanceof MismatchedInputException) {
			return new FieldError(field, "type", "has the wrong type", "ชนิดข้อมูลไม่ถูกต้อง");
		}
		return new FieldError(field, "format", "could not be read", "อ่านค่าไม่ได้");
	}

}
