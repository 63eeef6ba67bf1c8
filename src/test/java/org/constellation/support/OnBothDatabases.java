package org.constellation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of SQL written by hand that PostgreSQL and the embedded H2 answer
 * differently if at all (censuses, search, claims, locks between nodes,
 * personal data, rate limits), the API tests of each module (which reach the
 * queries its pages use), or the walk through the home pages in a browser,
 * which shows that pages render on the embedded database someone tries
 * Constellation on: it runs on both databases, on H2 through a twin subclass
 * marked {@link OnH2} in the same test JVMs ({@code OnBothDatabasesTests} fails
 * without one). Every other integration test checks what does not depend on the
 * database (pages, rules, permissions, privacy sweeps, the other browser walks)
 * and runs once, on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnBothDatabases {
}
