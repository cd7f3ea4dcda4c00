package org.sujarit.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One record as {@link TopicReader} found it on a topic.
 * <p>
 * Equality compares the bytes of the value and of the headers, not array identity.
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset in the partition
 * @param key the key decoded as UTF-8, or {@code null}
 * @param value the raw value, or {@code null} for a tombstone
 * @param headers the headers in the order the producer added them
 */
public record TopicRecord(String topic, int partition, long offset, String key, byte[] value, List<Header> headers) {

	/**
	 * Creates a record.
	 * @param topic the topic
	 * @param partition the partition
	 * @param offset the offset in the partition
	 * @param key the key decoded as UTF-8, or {@code null}
	 * @param value the raw value, or {@code null} for a tombstone
	 * @param headers the headers in the order the producer added them
	 */
	public TopicRecord {
		headers = List.copyOf(headers);
	}

	/**
	 * Returns the value decoded as UTF-8.
	 * @return the value as text, or {@code null} for a tombstone
	 */
	public String valueAsString() {
		return (this.value != null) ? new String(this.value, StandardCharsets.UTF_8) : null;
	}

	/**
	 * Returns whether the key, the value, or any header name or value contains the text,
	 * all read as UTF-8. This is the check for an identity canary leaking onto a topic:
	 * dead-letter records, for example, carry exception messages in headers.
	 * @param text the text to look for
	 * @return whether the text occurs anywhere in the record
	 */
	public boolean contains(String text) {
		if (this.key != null && this.key.contains(text)) {
			return true;
		}
		String value = valueAsString();
		if (value != null && value.contains(text)) {
			return true;
		}
		return this.headers.stream().anyMatch((header) -> header.contains(text));
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof TopicRecord that && this.partition == that.partition && this.offset == that.offset
						&& Objects.equals(this.topic, that.topic) && Objects.equals(this.key, that.key)
						&& Arrays.equals(this.value, that.value) && this.headers.equals(that.headers));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.topic, this.partition, this.offset, this.key, Arrays.hashCode(this.value),
				this.headers);
	}

	@Override
	public String toString() {
		return "TopicRecord[" + this.topic + "-" + this.partition + "@" + this.offset + ", key=" + this.key + ", value="
				+ valueAsString() + ", headers=" + this.headers + "]";
	}

	/**
	 * One record header.
	 *
	 * @param name the header name
	 * @param value the raw header value, or {@code null}
	 */
	public record Header(String name, byte[] value) {

		/**
		 * Returns the value decoded as UTF-8.
		 * @return the value as text, or {@code null}
		 */
		public String valueAsString() {
			return (this.value != null) ? new String(this.value, StandardCharsets.UTF_8) : null;
		}

		boolean contains(String text) {
			String value = valueAsString();
			return this.name.contains(text) || (value != null && value.contains(text));
		}

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Header that && Objects.equals(this.name, that.name)
					&& Arrays.equals(this.value, that.value));
		}

		@Override
		public int hashCode() {
			return 31 * Objects.hashCode(this.name) + Arrays.hashCode(this.value);
		}

		@Override
		public String toString() {
			return this.name + "=" + valueAsString();
		}

	}

}
