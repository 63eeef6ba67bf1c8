package org.constellation.formation.solver;

/** Two people of a cohort, and what is known of them as a pair. */
public record PersonPair(Person first, Person second, PairKind kind) {
}
