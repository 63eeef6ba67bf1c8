package org.constellation.security;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An endless, repeatable stream of values that break careless code: text of any
 * Unicode (control characters, NUL, lone surrogates, right-to-left marks,
 * quotes and angle brackets), text of 70,000 characters, numbers at and past
 * the limits of every numeric type, booleans where text is expected, nulls,
 * lists of numbers, and impossible dates and choices. Drawn from one seeded
 * generator: the same seed gives the same values, so a failure can be replayed.
 */
final class HostileValues implements Iterator<Object> {

	private static final char[] TROUBLE = {'\u0000', '\u202e', '\ud83d', '<', '"', '\'', '\\'};
	private static final List<String> IMPOSSIBLE = List.of("2026-02-30", "25:00", "NOT_A_CHOICE", "", "null", "-1");
	private static final long[] EDGE_LONGS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE,
			Integer.MIN_VALUE};
	private static final double[] EDGE_DOUBLES = {0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
			1e308, 0.1};
	private static final BigInteger HUGE = new BigInteger("1" + "0".repeat(30));

	private final SplittableRandom random;

	HostileValues(long seed) {
		this.random = new SplittableRandom(seed);
	}

	@Override
	public boolean hasNext() {
		return true;
	}

	@Override
	public Object next() {
		return switch (random.nextInt(10)) {
			case 0 -> anyText(random.nextInt(301));
			case 1 -> troubleText(1 + random.nextInt(50));
			case 2 -> anyText(70_000);
			case 3 -> random.nextInt(4) == 0 ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)] : random.nextLong();
			case 4 ->
				new BigInteger(101, new java.util.Random(random.nextLong())).mod(HUGE.shiftLeft(1)).subtract(HUGE);
			case 5 -> random.nextInt(4) == 0
					? EDGE_DOUBLES[random.nextInt(EDGE_DOUBLES.length)]
					: (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-10, 300));
			case 6 -> random.nextBoolean();
			case 7 -> null;
			case 8 -> numbers(random.nextInt(21));
			default -> IMPOSSIBLE.get(random.nextInt(IMPOSSIBLE.size()));
		};
	}

	/**
	 * Characters from anywhere in Unicode, surrogate halves and control characters
	 * included.
	 */
	private String anyText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(switch (random.nextInt(4)) {
				case 0 -> (char) random.nextInt(0x20, 0x7f);
				case 1 -> (char) random.nextInt(0x20);
				default -> (char) random.nextInt(Character.MAX_VALUE + 1);
			});
		}
		return text.toString();
	}

	private String troubleText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(TROUBLE[random.nextInt(TROUBLE.length)]);
		}
		return text.toString();
	}

	private List<Object> numbers(int size) {
		List<Object> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(random.nextInt(8) == 0 ? null : (Object) random.nextInt());
		}
		return list;
	}
}
