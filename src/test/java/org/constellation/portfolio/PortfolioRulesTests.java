package org.constellation.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PortfolioRulesTests {

	final Level national = new Level("National", 1);
	final Level state = new Level("State", 2);
	final Level district = new Level("District", 3);

	@Test
	void aPlaceSitsUnderABroaderLevel() {
		Place nation = new Place("United States", national, null);
		Place ohio = new Place("Ohio", state, nation);
		assertThat(new Place("Columbus City Schools", district, ohio).getParent()).isSameAs(ohio);
		assertThatThrownBy(() -> new Place("Another state", state, ohio)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("narrower level than Ohio");
	}

	@Test
	void aPlaceCannotMoveInsideItself() {
		Place nation = new Place("United States", national, null);
		Place ohio = new Place("Ohio", state, nation);
		Place columbus = new Place("Columbus", district, ohio);
		assertThatThrownBy(() -> ohio.placeAt(state, ohio)).isInstanceOf(InvalidInputException.class);
		assertThat(columbus.getLevel()).isSameAs(district);
	}

	@Test
	void anIssueSpansAtLeastOneLevelAndIsNeverItsOwnSubIssue() {
		Issue broad = new Issue(Instant.EPOCH);
		broad.change("Family engagement", "Families as partners", IssueStatus.ACTIVE, null, Set.of(national),
				Instant.EPOCH);
		Issue narrow = new Issue(Instant.EPOCH);
		narrow.change("IEP meetings", "Heard at the table", IssueStatus.EMERGING, broad, Set.of(district, state),
				Instant.EPOCH);
		assertThat(narrow.getLevels()).extracting(Level::getName).containsExactly("State", "District");

		assertThatThrownBy(() -> broad.change("Family engagement", "x", IssueStatus.ACTIVE, narrow, Set.of(national),
				Instant.EPOCH)).isInstanceOf(InvalidInputException.class).hasMessageContaining("sub-issue of itself");
		assertThatThrownBy(() -> narrow.change("IEP meetings", "x", IssueStatus.ACTIVE, broad, Set.of(), Instant.EPOCH))
				.isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
				.isEqualTo("levelIds");
	}

	@Test
	void levelsKnowWhichIsBroader() {
		assertThat(national.isBroaderThan(state)).isTrue();
		assertThat(district.isBroaderThan(state)).isFalse();
	}
}
