package org.constellation.partnerships;

/** How partners take an opening step. */
public enum Move {
	/** One partner makes the first move; then each of the others responds. */
	FIRST_MOVE,
	/** Each partner answers, in any order. */
	EACH
}
