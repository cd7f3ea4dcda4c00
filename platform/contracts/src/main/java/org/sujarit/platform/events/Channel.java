package org.sujarit.platform.events;

/**
 * How a complaint reached the municipality. {@link #WHISTLEBLOWER} is the protected
 * channel; the others are the intake channels named in the municipal measures.
 */
public enum Channel {

	WEB, PHONE, LETTER, WALK_IN, COMPLAINT_BOX, FACEBOOK, LINE, DAMRONGTHAM, WHISTLEBLOWER

}
