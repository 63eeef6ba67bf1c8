package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

class PagesTests {

	@Test
	void aPageOfAListHeldWholeCountsTheWholeListAndAPagePastTheEndIsEmpty() {
		List<Integer> all = List.of(1, 2, 3, 4, 5);
		assertThat(Pages.of(all, PageRequest.of(1, 2)).getContent()).containsExactly(3, 4);
		assertThat(Pages.of(all, PageRequest.of(1, 2)).getTotalElements()).isEqualTo(5);
		assertThat(Pages.of(all, PageRequest.of(3, 2)).getContent()).isEmpty();
	}

	@Test
	void aKeptTotalIsShownWhileItAgreesWithThePage() {
		var slice = new SliceImpl<>(List.of("a", "b"), PageRequest.of(0, 2), true);
		assertThat(Pages.counted(slice, 40).getTotalElements()).isEqualTo(40);
		assertThat(Pages.counted(slice, 40).getTotalPages()).isEqualTo(20);
	}

	@Test
	void aKeptTotalFromBeforeSomeoneJoinedIsRaisedToWhatThePageShows() {
		// counted when there were 3; since then more came, and page 2 of 2 has a next
		var slice = new SliceImpl<>(List.of("c", "d"), PageRequest.of(1, 2), true);
		var page = Pages.counted(slice, 3);
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.getContent()).containsExactly("c", "d");
	}
}
