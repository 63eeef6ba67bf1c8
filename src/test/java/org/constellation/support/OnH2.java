package org.constellation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class on the embedded H2 database (PostgreSQL mode), in an
 * application of its own beside the JVM's PostgreSQL one
 * ({@link TestDatabase}). It marks the subclass that runs an
 * {@link OnBothDatabases} class again, so every test of SQL that differs runs
 * on both in the same test JVMs:
 *
 * <pre>
 * &#64;OnH2
 * class RecognitionApiOnH2IT extends RecognitionApiIT {
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnH2 {
}
