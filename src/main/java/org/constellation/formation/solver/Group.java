package org.constellation.formation.solver;

/**
 * A place for one proposed partnership, with the sizes it may have. A group
 * nobody is placed in is simply not proposed.
 */
public record Group(int index, int minSize, int maxSize, int preferredSize) {

	public boolean sizeAllowed(int size) {
		return size >= minSize && size <= maxSize;
	}

	/** How far a size lies outside the bounds (0 inside them). */
	public int sizeBreach(int size) {
		return size < minSize ? minSize - size : Math.max(0, size - maxSize);
	}
}
