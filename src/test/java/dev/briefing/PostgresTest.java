package dev.briefing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test class against PostgreSQL instead of the embedded H2 database, in a schema of
 * its own (see {@link PostgresTestDatabase}); on a subclass of an H2 test, its tests run again
 * there. The context is closed after the class, so that its connections do not outlive the schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresTestDatabase.class)
@ContextCustomizerFactories(PostgresTestDatabase.class)
@DirtiesContext
public @interface PostgresTest {
}
