package org.constellation.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of SQL written by hand that PostgreSQL and the embedded H2 answer
 * differently if at all (censuses, search, claims, locks between nodes,
 * personal data, rate limits), or a browser walk through a place people spend
 * their time (home, the session room, conversations, a partnership's opening,
 * forming partnerships, the map, the calendar), which must work on the embedded
 * database someone tries Constellation on as well as in production: it runs on
 * both databases. Every other integration test checks what does not depend on
 * the database (pages, rules, permissions, privacy sweeps, other browser
 * journeys) and runs once, on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnBothDatabases.TAG)
public @interface OnBothDatabases {

	String TAG = "both-databases";
}
