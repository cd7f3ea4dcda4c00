package org.sujarit.anonymizer.redaction;

import java.util.Arrays;

/**
 * The numbers written in a normalised text, with the separators between their digits
 * removed.
 * <p>
 * A <em>group</em> is a maximal sequence of adjacent digits; a <em>run</em> is a sequence
 * of groups separated only by {@linkplain ThaiText#isDigitSeparator separators}, so
 * {@code 081 234 5678} and {@code +66 81-234-5678} are one run each. The compact form
 * holds the digits of every run, runs separated by {@code '|'}, and remembers where each
 * digit sits in the text.
 */
final class DigitRuns {

	private static final char RUN_BREAK = '|';

	private final String compact;

	private final int[] position;

	// per compact digit: the group it belongs to
	private final int[] group;

	// per group: compact start, compact end (exclusive) and run number
	private final int[] groupStart;

	private final int[] groupEnd;

	private final int[] groupRun;

	private final int groupCount;

	private DigitRuns(String compact, int[] position, int[] group, int[] groupStart, int[] groupEnd, int[] groupRun,
			int groupCount) {
		this.compact = compact;
		this.position = position;
		this.group = group;
		this.groupStart = groupStart;
		this.groupEnd = groupEnd;
		this.groupRun = groupRun;
		this.groupCount = groupCount;
	}

	/**
	 * Scans a normalised text (ASCII digits only, see {@link ThaiText#normalize}).
	 * @param text the normalised text
	 * @return its digit runs
	 */
	static DigitRuns scan(String text) {
		return scan(text, false);
	}

	/**
	 * Scans a normalised text, also joining groups across
	 * {@linkplain ThaiText#isLooseDigitSeparator loose separators} when asked.
	 * @param text the normalised text
	 * @param loose whether slashes, commas and underscores join groups too
	 * @return its digit runs
	 */
	static DigitRuns scan(String text, boolean loose) {
		int length = text.length();
		StringBuilder compact = new StringBuilder();
		int[] position = new int[16];
		int[] group = new int[16];
		int[] groupStart = new int[8];
		int[] groupEnd = new int[8];
		int[] groupRun = new int[8];
		int groups = 0;
		int run = -1;
		boolean inRun = false;
		int i = 0;
		while (i < length) {
			if (!ThaiText.isAsciiDigit(text.charAt(i))) {
				i++;
				continue;
			}
			if (!inRun) {
				if (compact.length() > 0) {
					position = add(position, compact.length(), -1);
					group = add(group, compact.length(), -1);
					compact.append(RUN_BREAK);
				}
				run++;
				inRun = true;
			}
			if (groups == groupStart.length) {
				groupStart = Arrays.copyOf(groupStart, groups * 2);
				groupEnd = Arrays.copyOf(groupEnd, groups * 2);
				groupRun = Arrays.copyOf(groupRun, groups * 2);
			}
			groupStart[groups] = compact.length();
			while (i < length && ThaiText.isAsciiDigit(text.charAt(i))) {
				position = add(position, compact.length(), i);
				group = add(group, compact.length(), groups);
				compact.append(text.charAt(i));
				i++;
			}
			groupEnd[groups] = compact.length();
			groupRun[groups] = run;
			groups++;
			int next = i;
			while (next < length && (loose ? ThaiText.isLooseDigitSeparator(text.charAt(next))
					: ThaiText.isDigitSeparator(text.charAt(next)))) {
				next++;
			}
			if (next < length && ThaiText.isAsciiDigit(text.charAt(next))) {
				i = next;
			}
			else {
				inRun = false;
			}
		}
		return new DigitRuns(compact.toString(), position, group, groupStart, groupEnd, groupRun, groups);
	}

	private static int[] add(int[] array, int index, int value) {
		int[] target = (index < array.length) ? array : Arrays.copyOf(array, array.length * 2);
		target[index] = value;
		return target;
	}

	/**
	 * The digits of every run, runs separated by {@code '|'}.
	 * @return the compact digits
	 */
	String compact() {
		return this.compact;
	}

	/**
	 * Where a compact digit sits in the text.
	 * @param compactIndex index into {@link #compact()} of a digit
	 * @return the index of that digit in the text
	 */
	int textIndex(int compactIndex) {
		return this.position[compactIndex];
	}

	/**
	 * Where the group holding a compact digit starts.
	 * @param compactIndex index into {@link #compact()} of a digit
	 * @return the compact index of the first digit of its group
	 */
	int groupStart(int compactIndex) {
		return this.groupStart[this.group[compactIndex]];
	}

	/**
	 * Where the group holding a compact digit ends.
	 * @param compactIndex index into {@link #compact()} of a digit
	 * @return the compact index after the last digit of its group
	 */
	int groupEnd(int compactIndex) {
		return this.groupEnd[this.group[compactIndex]];
	}

	/**
	 * Calls back for every sequence of whole consecutive groups of one run that holds
	 * exactly {@code digits} digits; whole groups only, so a 13-digit window is never cut
	 * out of a longer number.
	 * @param digits the number of digits wanted
	 * @param consumer receives compact start and end (exclusive)
	 */
	void forEachGroupWindow(int digits, RangeConsumer consumer) {
		for (int first = 0; first < this.groupCount; first++) {
			int total = 0;
			for (int last = first; last < this.groupCount && this.groupRun[last] == this.groupRun[first]; last++) {
				total += this.groupEnd[last] - this.groupStart[last];
				if (total == digits) {
					consumer.accept(this.groupStart[first], this.groupEnd[last]);
				}
				if (total >= digits) {
					break;
				}
			}
		}
	}

	/**
	 * Receives a range of compact digits.
	 */
	@FunctionalInterface
	interface RangeConsumer {

		void accept(int start, int end);

	}

}
