package org.sujarit.platform.testkit;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Keeps every log line written while it runs, for checking what reaches the logs.
 * <p>
 * Installs a Logback appender on the ROOT logger. Each line holds the level, thread,
 * logger, the message with its arguments substituted, the MDC, any SLF4J key-value pairs,
 * and the throwable's class, message and stack trace including causes: everything an
 * appender could write to a file, so a leak check that finds nothing here means the text
 * did not reach the logs. Events a logger's level filters out never reach the appender;
 * lower the level to check debug logging.
 * <p>
 * Start it once the Spring application context is running, for example in a
 * {@code @BeforeEach} method: Spring Boot resets Logback when it starts an application,
 * which removes the appender. {@link #lines()} then fails instead of returning an empty
 * list that would let a leak check pass unseen.
 *
 * <pre class="code">
 * try (LogCapture logs = new LogCapture().start()) {
 *     service.submit(complaint);
 *     assertThat(logs.lines()).noneMatch((line) -&gt; line.contains(canary));
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

	private final Queue<String> lines = new ConcurrentLinkedQueue<>();

	private final CapturingAppender appender = new CapturingAppender(this.lines);

	private Logger root;

	/**
	 * Attaches the capture to the ROOT logger.
	 * @return this capture
	 * @throws IllegalStateException if Logback is not the SLF4J backend or the capture is
	 * already running
	 */
	public synchronized LogCapture start() {
		if (this.root != null) {
			throw new IllegalStateException("LogCapture is already started");
		}
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			throw new IllegalStateException("LogCapture needs Logback as the SLF4J backend, found " + factory);
		}
		this.appender.setContext(context);
		this.appender.setName("sujarit-log-capture-" + System.identityHashCode(this));
		this.appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(this.appender);
		this.root = root;
		return this;
	}

	/**
	 * Returns the lines captured so far, in the order they were logged.
	 * @return a snapshot of the lines
	 * @throws IllegalStateException if the capture is running but the logging system was
	 * reset and detached it
	 */
	public synchronized List<String> lines() {
		if (this.root != null && (!this.root.isAttached(this.appender) || !this.appender.isStarted())) {
			throw new IllegalStateException("LogCapture was detached from the ROOT logger, probably because a "
					+ "Spring Boot application reset Logback after the capture started; start the capture "
					+ "once the application context is running");
		}
		return List.copyOf(this.lines);
	}

	/**
	 * Forgets the lines captured so far.
	 */
	public void clear() {
		this.lines.clear();
	}

	/**
	 * Detaches the capture from the ROOT logger. The lines captured stay available.
	 */
	public synchronized void stop() {
		if (this.root != null) {
			this.root.detachAppender(this.appender);
			this.appender.stop();
			this.root = null;
		}
	}

	/**
	 * Same as {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

		private final Queue<String> lines;

		CapturingAppender(Queue<String> lines) {
			this.lines = lines;
		}

		@Override
		protected void append(ILoggingEvent event) {
			this.lines.add(format(event));
		}

		private static String format(ILoggingEvent event) {
			StringBuilder line = new StringBuilder();
			line.append(event.getLevel())
				.append(" [")
				.append(event.getThreadName())
				.append("] ")
				.append(event.getLoggerName())
				.append(" - ")
				.append(event.getFormattedMessage());
			Map<String, String> mdc = event.getMDCPropertyMap();
			if (mdc != null && !mdc.isEmpty()) {
				line.append(" mdc=").append(mdc);
			}
			List<KeyValuePair> keyValuePairs = event.getKeyValuePairs();
			if (keyValuePairs != null && !keyValuePairs.isEmpty()) {
				line.append(" kv=").append(keyValuePairs);
			}
			IThrowableProxy throwable = event.getThrowableProxy();
			if (throwable != null) {
				line.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(throwable));
			}
			return line.toString();
		}

	}

}
