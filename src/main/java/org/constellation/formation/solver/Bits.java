package org.constellation.formation.solver;

/**
 * Small sets of non-negative integers as {@code long[]} bit sets: the solver
 * compares people's concerns, languages and weekly windows millions of times,
 * and a word-wise AND is the cheapest way to do it.
 */
public final class Bits {

	private Bits() {
	}

	public static long[] of(int size, Iterable<Integer> members) {
		long[] bits = new long[words(size)];
		for (int m : members) {
			bits[m >>> 6] |= 1L << m;
		}
		return bits;
	}

	public static int words(int size) {
		return Math.max(1, (size + 63) >>> 6);
	}

	public static boolean has(long[] bits, int i) {
		return (i >>> 6) < bits.length && (bits[i >>> 6] & (1L << i)) != 0;
	}

	public static int count(long[] bits) {
		int n = 0;
		for (long w : bits) {
			n += Long.bitCount(w);
		}
		return n;
	}

	/** How many members two sets have in common. */
	public static int common(long[] a, long[] b) {
		int n = 0;
		for (int i = 0, len = Math.min(a.length, b.length); i < len; i++) {
			n += Long.bitCount(a[i] & b[i]);
		}
		return n;
	}

	public static boolean intersects(long[] a, long[] b) {
		for (int i = 0, len = Math.min(a.length, b.length); i < len; i++) {
			if ((a[i] & b[i]) != 0) {
				return true;
			}
		}
		return false;
	}

	public static boolean sameMembers(long[] a, long[] b) {
		int len = Math.max(a.length, b.length);
		for (int i = 0; i < len; i++) {
			long x = i < a.length ? a[i] : 0;
			long y = i < b.length ? b[i] : 0;
			if (x != y) {
				return false;
			}
		}
		return true;
	}

	public static long[] and(long[] a, long[] b) {
		long[] r = new long[Math.min(a.length, b.length)];
		for (int i = 0; i < r.length; i++) {
			r[i] = a[i] & b[i];
		}
		return r;
	}

	public static boolean isEmpty(long[] bits) {
		for (long w : bits) {
			if (w != 0) {
				return false;
			}
		}
		return true;
	}

	/** The first member at or after {@code from}, or -1. */
	public static int next(long[] bits, int from) {
		int word = from >>> 6;
		if (word >= bits.length) {
			return -1;
		}
		long w = bits[word] & (-1L << from);
		while (true) {
			if (w != 0) {
				return (word << 6) + Long.numberOfTrailingZeros(w);
			}
			if (++word == bits.length) {
				return -1;
			}
			w = bits[word];
		}
	}
}
