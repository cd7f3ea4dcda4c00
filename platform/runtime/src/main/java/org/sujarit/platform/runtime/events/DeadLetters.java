package org.sujarit.platform.runtime.events;

import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.sujarit.platform.events.UnreadableEventException;
import org.sujarit.platform.runtime.kafka.TopicsConfiguration;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries and dead-lettering of every consumer binding, in the listener container rather
 * than in the binder: the binder's own dead-letter records copy the exception message and
 * stack trace into headers, and those could quote what failed. Here the record goes to
 * the binding's dead-letter topic ({@code enableDlq}, {@code dlqName}
 * {@code <topic>.dlt}) with the exception's class only. A record that cannot be read is
 * dead-lettered at once; any other failure is retried with backoff (200 ms doubling, at
 * most 5 s apart, for 30 s) first. For a batch, the {@link EventDispatcher} names the
 * failed record, so the records before it are committed and the ones after it
 * redelivered.
 */
public class DeadLetters implements ListenerContainerWithDlqAndRetryCustomizer {

	private final KafkaOperations<?, ?> kafka;

	public DeadLetters(KafkaOperations<?, ?> kafka) {
		this.kafka = kafka;
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
		BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination = (dlqDestinationResolver != null)
				? dlqDestinationResolver
				: (record, ex) -> new TopicPartition(record.topic() + TopicsConfiguration.DEAD_LETTER_SUFFIX, 0);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(this.kafka, destination) {

			@Override
			public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
				// the exception headers name what failed, not the binder's wrapping
				super.accept(record, consumer, failure(exception));
			}

		};
		// exception messages and stack traces could quote what failed; the class is
		// enough
		recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
				DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
		ExponentialBackOff retries = new ExponentialBackOff(200, 2.0);
		retries.setMaxInterval(Duration.ofSeconds(5).toMillis());
		retries.setMaxElapsedTime(Duration.ofSeconds(30).toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, retries);
		handler.addNotRetryableExceptions(UnreadableEventException.class, DeserializationException.class);
		container.setCommonErrorHandler(handler);
	}

	/**
	 * What a record failed with: for a batch, the cause the {@link EventDispatcher}
	 * reported with the record's index, under the binder's and the container's wrapping.
	 */
	static Exception failure(Exception exception) {
		Throwable current = exception;
		while (current != null) {
			if (current instanceof BatchListenerFailedException failed
					&& failed.getCause() instanceof Exception cause) {
				return cause;
			}
			current = current.getCause();
		}
		return exception;
	}

	@Override
	public boolean retryAndDlqInBinding(String destinationName, String group) {
		return false;
	}

}
