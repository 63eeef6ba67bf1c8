package org.constellation.formation.solver;

/** Why two people of a cohort are known to the solver as a pair. */
public enum PairKind {
	/** A confirmed supervision between them: never in the same group. */
	REPORTING_LINE,
	/** One asked not to be matched with the other: never in the same group. */
	DO_NOT_MATCH,
	/** They were partners before: better not again. */
	PARTNERED_BEFORE
}
