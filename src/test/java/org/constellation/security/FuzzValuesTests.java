package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fuzz's generated values are the same on every run (a failure can be
 * replayed), its numbers reach the limits of every numeric type, its lists hold
 * nulls and duplicates, and its bursts really arrive at once.
 */
class FuzzValuesTests {

	private static List<String> first(int n) {
		var values = ApiFuzzIT.seeded();
		List<String> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(String.valueOf(values.next()));
		}
		return list;
	}

	@Test
	void theSameSeedGivesTheSameValues() {
		List<String> once = first(50);
		assertThat(first(50)).isEqualTo(once);
		assertThat(once.stream().distinct().count()).isGreaterThan(20);
	}

	@Test
	void theExtremeNumbersReachTheLimitsOfIntLongAndDouble() {
		List<String> numbers = ApiFuzzIT.EXTREME_NUMBERS;
		assertThat(numbers).contains(String.valueOf(Integer.MAX_VALUE), String.valueOf(Long.MAX_VALUE), "-1");
		assertThat(numbers.stream().map(Double::parseDouble).anyMatch(d -> d.isInfinite())).isTrue();
		// page times size past a 32-bit offset
		assertThat(ApiFuzzIT.HUGE_PAGE).isEqualTo("page=2147483647&size=100");
		assertThat(2147483647L * 100).isGreaterThan(Integer.MAX_VALUE);
		assertThat(Long.parseLong(ApiFuzzIT.HUGE_INDEX)).isGreaterThan(1_000_000);
	}

	@Test
	void everyListGetsANullAndADuplicate() {
		List<Object> lists = ApiFuzzIT.insideLists(42);
		assertThat(lists).anyMatch(l -> ((List<?>) l).contains(null) && ((List<?>) l).contains(42L));
		assertThat(lists).anyMatch(l -> ((List<?>) l).size() == 1 && ((List<?>) l).contains(null));
		assertThat(lists).anyMatch(l -> ((List<?>) l).stream().filter(Long.valueOf(42)::equals).count() == 2);
	}

	@Test
	void aBurstReleasesEveryRequestAtTheSameInstant() {
		CountDownLatch arrived = new CountDownLatch(ApiFuzzIT.AT_ONCE);
		// each call waits for all the others: only a burst whose calls all run at once
		// can finish
		List<Integer> answers = ApiFuzzIT.atOnce(() -> {
			arrived.countDown();
			return arrived.await(10, TimeUnit.SECONDS) ? 200 : 0;
		});
		assertThat(answers).hasSize(ApiFuzzIT.AT_ONCE).containsOnly(200);
		assertThat(ApiFuzzIT.AT_ONCE).isGreaterThanOrEqualTo(20);
	}
}
