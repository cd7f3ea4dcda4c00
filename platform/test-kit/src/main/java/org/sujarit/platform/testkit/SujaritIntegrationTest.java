package org.sujarit.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs the shared Kafka broker and MongoDB-wire store.
 * <p>
 * Registers {@link InfrastructureExtension} and tags the class {@code integration}. Put
 * it on the class next to {@code @SpringBootTest}; the order of the two annotations does
 * not matter.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
@Tag("integration")
public @interface SujaritIntegrationTest {

}
