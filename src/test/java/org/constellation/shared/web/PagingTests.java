package org.constellation.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PagingTests {

	private static final List<Integer> SIXTY = IntStream.range(0, 60).boxed().toList();

	@Test
	void aNegativePageReadsAsTheFirst() {
		assertThat(Paging.of(-3, 20).pageable()).isEqualTo(PageRequest.of(0, 20));
		assertThat(Paging.of(2, 20).pageable()).isEqualTo(PageRequest.of(2, 20));
	}

	@Test
	void aPageKeepsTheOrderAskedFor() {
		Sort byName = Sort.by("displayName", "id");
		assertThat(Paging.of(1, 24).pageable(byName)).isEqualTo(PageRequest.of(1, 24, byName));
	}

	@Test
	void theFirstItemsOfAList() {
		assertThat(Paging.first(5)).isEqualTo(PageRequest.of(0, 5));
	}

	@Test
	void aPageHoldsAtLeastOneItem() {
		assertThatThrownBy(() -> Paging.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aListHeldWholeIsCutIntoPagesThatCountItAll() {
		Page<Integer> second = Paging.of(1, 25).slice(SIXTY);
		assertThat(second.getContent()).containsExactlyElementsOf(SIXTY.subList(25, 50));
		assertThat(second.getTotalElements()).isEqualTo(60);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();

		Page<Integer> last = Paging.of(2, 25).slice(SIXTY);
		assertThat(last.getContent()).containsExactlyElementsOf(SIXTY.subList(50, 60));
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void aPagePastTheEndIsEmptyAndStillCountsTheList() {
		Page<Integer> beyond = Paging.of(1_000_000, 50).slice(SIXTY);
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(60);
		assertThat(beyond.getNumber()).isEqualTo(1_000_000);

		assertThat(Paging.of(0, 50).slice(List.of()).getTotalPages()).isZero();
	}

	@Test
	void aLinkToAPageKeepsTheFiltersAndLeavesTheFirstPagePlain() {
		assertThat(Paging.link("/threads/4", 0)).isEqualTo("/threads/4");
		assertThat(Paging.link("/threads/4", 2)).isEqualTo("/threads/4?page=2");
		assertThat(Paging.link("/communities/1/members?participation=CORE", 1))
				.isEqualTo("/communities/1/members?participation=CORE&page=1");
	}
}
