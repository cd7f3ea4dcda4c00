package org.sujarit.intake.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every portal page answers with, and what it refuses.
 * <ul>
 * <li>Headers: nothing is cached ({@code no-store}: a shared computer's browser must not
 * keep a receipt or a status page), no referrer leaves, a strict Content-Security-Policy
 * (no scripts at all, styles and images only from here, forms only to here, no framing),
 * {@code nosniff}.</li>
 * <li>No session: the request is wrapped so that anything trying to create an
 * {@link HttpSession} fails loudly instead of setting a {@code JSESSIONID} cookie.</li>
 * <li>Cross-site form posts are refused (403). There is no CSRF token, which would need a
 * cookie or a session: browsers say where a request comes from in {@code Sec-Fetch-Site}
 * (Chromium, Firefox and Tor Browser, Safari), which a page cannot forge; an
 * {@code Origin} naming another host is refused too. {@code Origin: null} is let through:
 * with {@code Referrer-Policy: no-referrer} browsers send it on our own form posts.</li>
 * </ul>
 * The JSON API ({@code /api/}) and Actuator keep their own rules and are not touched.
 */
public class PortalHeadersFilter extends OncePerRequestFilter {

	/** Where the follow-up page posts evidence files, the one large form post. */
	static final String EVIDENCE_PATH = "/whistleblower/follow-up/evidence";

	private static final String TOO_LARGE = """
			<!DOCTYPE html>
			<html lang="th"><head><meta charset="utf-8"><title>ไฟล์ใหญ่เกินไป / File too large</title>
			<link rel="stylesheet" href="/portal/portal.css"></head>
			<body class="wb"><main id="main">
			<h1>ไฟล์ใหญ่เกินไป</h1>
			<p>ส่งได้ไม่เกิน 8 MB กรุณาย้อนกลับ แล้วเลือกไฟล์ที่เล็กลง (เช่น ย่อขนาดรูปภาพ)</p>
			<h2 lang="en">File too large</h2>
			<p lang="en">Files of at most 8 MB can be sent. Please go back and choose a smaller file (for example, a smaller photo).</p>
			<p><a href="/whistleblower/follow-up">ติดตามเรื่องแจ้งเบาะแส / Follow your report</a></p>
			</main></body></html>
			""";

	/** The complaint form, which may carry a photo. */
	static final String COMPLAINT_PATH = "/complaints/new";

	private static final String PHOTO_TOO_LARGE = """
			<!DOCTYPE html>
			<html lang="th"><head><meta charset="utf-8"><title>รูปภาพใหญ่เกินไป / Photo too large</title>
			<link rel="stylesheet" href="/portal/portal.css"></head>
			<body><main id="main">
			<h1>รูปภาพใหญ่เกินไป</h1>
			<p>รูปภาพประกอบเรื่องร้องเรียนส่งได้ไม่เกิน 5 MB กรุณาย้อนกลับ แล้วเลือกรูปที่เล็กลง หรือส่งเรื่องโดยไม่แนบรูป</p>
			<h2 lang="en">Photo too large</h2>
			<p lang="en">A complaint's photo may be at most 5 MB. Please go back and choose a smaller photo, or send the complaint without one.</p>
			<p><a href="/complaints/new">แจ้งเรื่องร้องเรียน / File a complaint</a></p>
			</main></body></html>
			""";

	private final long maxUploadBytes;

	/**
	 * Creates the filter.
	 * @param maxUploadBytes the largest evidence upload body taken; larger ones get a
	 * page saying so, not the API's JSON problem
	 */
	public PortalHeadersFilter(long maxUploadBytes) {
		this.maxUploadBytes = maxUploadBytes;
	}

	/**
	 * The policy: nothing but our own styles and images, no scripts, forms only to here.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// an error page of a portal request carries the same headers
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		if ("POST".equalsIgnoreCase(request.getMethod()) && crossSite(request)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream()
				.write("This form may only be sent from this site's own pages.\nแบบฟอร์มนี้ส่งได้จากหน้าเว็บของเว็บไซต์นี้เท่านั้น\n"
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		String path = path(request);
		if ((path.equals(EVIDENCE_PATH) || path.equals(COMPLAINT_PATH))
				&& request.getContentLengthLong() > this.maxUploadBytes) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("text/html;charset=UTF-8");
			String page = path.equals(EVIDENCE_PATH) ? TOO_LARGE : PHOTO_TOO_LARGE;
			response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(new SessionlessRequest(request), response);
	}

	/**
	 * Whether a request says it comes from another site.
	 * @param request the request
	 * @return true when {@code Sec-Fetch-Site} says cross-site or same-site (another
	 * subdomain), or {@code Origin} names another host
	 */
	static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null || origin.isBlank() || "null".equals(origin)) {
			return false;
		}
		String host = request.getHeader(HttpHeaders.HOST);
		try {
			// host names only: a proxy may change scheme and port, and another port
			// of the same host is already "same-site" for Sec-Fetch-Site
			String originHost = URI.create(origin.strip()).getHost();
			return host == null || originHost == null
					|| !originHost.replace("[", "").replace("]", "").equalsIgnoreCase(hostName(host));
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private static String hostName(String hostHeader) {
		String host = hostHeader.strip();
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return (end > 0) ? host.substring(1, end) : host;
		}
		int colon = host.lastIndexOf(':');
		return (colon >= 0) ? host.substring(0, colon) : host;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * A request on which nothing can start a session: the portal never needs one, and a
	 * session would mean a cookie.
	 */
	static final class SessionlessRequest extends HttpServletRequestWrapper {

		SessionlessRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			if (create) {
				throw new IllegalStateException("The portal keeps no session (it would set a cookie)");
			}
			return null;
		}

		@Override
		public String changeSessionId() {
			throw new IllegalStateException("The portal keeps no session");
		}

	}

}
