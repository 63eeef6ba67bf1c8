package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fuzz's generated values are the same on every run: a failure can be
 * replayed.
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
}
