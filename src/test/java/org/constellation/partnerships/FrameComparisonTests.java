package org.constellation.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.constellation.partnerships.FrameComparison.Kind;
import org.constellation.partnerships.FrameComparison.Piece;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FrameComparisonTests {

	private static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");

	@Test
	void marksTheWordsTakenOutAndTheWordsAdded() {
		List<Piece> changes = FrameComparison.words("We keep the students in mind", "We keep every family in mind");

		assertThat(changes).containsExactly(new Piece(Kind.KEPT, "We keep "), new Piece(Kind.REMOVED, "the students"),
				new Piece(Kind.ADDED, "every family"), new Piece(Kind.KEPT, " in mind"));
	}

	@Test
	void keepsLineBreaksAndSaysWhenNothingChanged() {
		List<Piece> changes = FrameComparison.words("First line\nsecond line", "First line\nsecond line\nthird");
		assertThat(changes).containsExactly(new Piece(Kind.KEPT, "First line\nsecond line"),
				new Piece(Kind.ADDED, "\nthird"));

		Frame one = Frame.next(1, 2, null, 0, "Same words", NOW);
		Frame two = Frame.next(1, 2, one, 1, "Same words", NOW);
		assertThat(FrameComparison.of(one, two).isSame()).isTrue();
	}

	@Test
	void handlesAnEmptySideAndTextThatLooksLikeMarkup() {
		assertThat(FrameComparison.words("", "<b>new</b>")).containsExactly(new Piece(Kind.ADDED, "<b>new</b>"));
		assertThat(FrameComparison.words("gone", "")).containsExactly(new Piece(Kind.REMOVED, "gone"));
	}

	@Test
	void eachSaveIsTheNextVersionAndAStaleStartIsRefused() {
		Frame first = Frame.next(1, 2, null, 0, "  How I see it  ", NOW);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.getBody()).isEqualTo("How I see it");
		assertThat(first.getBodyHtml()).isEqualTo("<p>How I see it</p>\n");

		Frame second = Frame.next(1, 2, first, 1, "How I see it now", NOW);
		assertThat(second.getNumber()).isEqualTo(2);

		assertThatThrownBy(() -> Frame.next(1, 2, second, 1, "From an old tab", NOW))
				.isInstanceOf(ConflictException.class).hasMessageContaining("newer version");
		assertThatThrownBy(() -> Frame.next(1, 2, null, 0, "   ", NOW)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void infrastructureTakesOnlyWebLinksAndStartsFromTheOpeningOnce() {
		var draft = new InfrastructureDraft("Room 4", "javascript:alert(1)", "", "", 0);
		assertThatThrownBy(() -> InfrastructureVersion.edit(1, null, 0, draft, 7, NOW))
				.isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
				.isEqualTo("link");

		InfrastructureVersion first = InfrastructureVersion.fromOpening(1, null, "We let each finish.", NOW);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.isFromOpening()).isTrue();
		assertThat(InfrastructureVersion.fromOpening(1, first, "Again", NOW)).isNull();

		var edit = new InfrastructureDraft("Room 4", "https://meet.example.org/us", "A shared document",
				"We let each finish.", 1);
		InfrastructureVersion second = InfrastructureVersion.edit(1, first, 1, edit, 7, NOW);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getEditedBy()).isEqualTo(7);
		assertThatThrownBy(() -> InfrastructureVersion.edit(1, second, 1, edit, 8, NOW))
				.isInstanceOf(ConflictException.class);
	}
}
