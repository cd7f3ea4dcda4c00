package org.sujarit.intake.portal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time tokens of the whistleblower report form, so that reloading the receipt page
 * (which re-sends the form) does not file the report a second time with a second receipt.
 * The token is signed with a key made at start and kept in memory only; a token is spent
 * when its report is filed, and the spent ones are remembered in memory, a bounded number
 * for a day. Not a CSRF token (it is bound to no session, there is none): cross-site
 * posts are refused by {@link PortalHeadersFilter}.
 * <p>
 * Best effort: a restart forgets spent tokens and refuses older forms (the reporter is
 * asked to send again, with what they typed kept), and a reload that reaches another
 * instance is not recognised.
 */
class ReportForms {

	static final Duration LIFETIME = Duration.ofDays(1);

	private static final int RANDOM_BYTES = 16;

	private static final int SPENT_KEPT = 100_000;

	private final Clock clock;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Long> spent = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > SPENT_KEPT;
		}

	};

	ReportForms(Clock clock) {
		this.clock = clock;
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * A new token for a form.
	 * @return the token
	 */
	String issue() {
		ByteBuffer body = ByteBuffer.allocate(Long.BYTES + RANDOM_BYTES);
		body.putLong(this.clock.instant().getEpochSecond());
		byte[] nonce = new byte[RANDOM_BYTES];
		this.random.nextBytes(nonce);
		body.put(nonce);
		String encoded = encode(body.array());
		return encoded + "." + encode(sign(encoded));
	}

	/**
	 * What a posted token is.
	 * @param token the token, may be null
	 * @return its state
	 */
	State check(String token) {
		Long issuedAt = issuedAt(token);
		if (issuedAt == null) {
			return State.INVALID;
		}
		synchronized (this.spent) {
			return this.spent.containsKey(token) ? State.SPENT : State.FRESH;
		}
	}

	/**
	 * Spends a token as its report is filed.
	 * @param token a token {@link #check(String) checked} fresh
	 * @return false when it was spent meanwhile (two posts of one form at once)
	 */
	boolean spend(String token) {
		long now = this.clock.instant().getEpochSecond();
		synchronized (this.spent) {
			this.spent.values().removeIf((issued) -> issued < now - LIFETIME.toSeconds());
			return this.spent.putIfAbsent(token, issuedAt(token)) == null;
		}
	}

	private Long issuedAt(String token) {
		if (token == null || token.length() > 200) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return null;
		}
		try {
			byte[] body = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (body.length != Long.BYTES + RANDOM_BYTES
					|| !MessageDigest.isEqual(signature, sign(token.substring(0, dot)))) {
				return null;
			}
			long issued = ByteBuffer.wrap(body).getLong();
			long now = this.clock.instant().getEpochSecond();
			return (issued <= now + 60 && issued >= now - LIFETIME.toSeconds()) ? issued : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private byte[] sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What a posted form token is.
	 */
	enum State {

		/** Signed here, in date, not spent: the report may be filed. */
		FRESH,

		/** Its report was filed already: the post is a reload. */
		SPENT,

		/** Missing, forged, too old, or from before a restart. */
		INVALID

	}

}
