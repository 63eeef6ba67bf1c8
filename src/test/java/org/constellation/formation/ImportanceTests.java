package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportanceTests {

	@Test
	void theThreeWordsAreTheWeightsZeroThreeAndSixHoweverTheyAreWritten() {
		assertThat(RunParameters.weight("newPairs", "not important", 9)).isZero();
		assertThat(RunParameters.weight("newPairs", "Important", 9)).isEqualTo(3);
		assertThat(RunParameters.weight("newPairs", "very-important", 9)).isEqualTo(6);
		assertThat(RunParameters.weight("newPairs", " VERY_IMPORTANT ", 9)).isEqualTo(6);
		assertThat(RunParameters.weight("newPairs", "7", 9)).as("a number as before").isEqualTo(7);
		assertThat(RunParameters.weight("newPairs", "", 9)).as("not given").isEqualTo(9);
	}

	@Test
	void anythingElseIsRefusedNamingTheGoal() {
		assertThatThrownBy(() -> RunParameters.weight("newPairs", "somewhat", 3))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field() + ": " + e.getMessage())
						.isEqualTo("newPairs: Choose not important, important or very important"));
		assertThatThrownBy(() -> RunParameters.weight("newPairs", "11", 3)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("between 0 and 10");
		assertThatThrownBy(() -> RunParameters.weight("newPairs", "-99999999999", 3))
				.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aNumberIsReadAsItsNearestWords() {
		assertThat(Importance.nearest(0)).isEqualTo(Importance.NOT_IMPORTANT);
		assertThat(Importance.nearest(2)).isEqualTo(Importance.IMPORTANT);
		assertThat(Importance.nearest(4)).isEqualTo(Importance.IMPORTANT);
		assertThat(Importance.nearest(5)).isEqualTo(Importance.VERY_IMPORTANT);
		assertThat(Importance.nearest(10)).isEqualTo(Importance.VERY_IMPORTANT);
		for (Importance i : Importance.values()) {
			assertThat(Importance.nearest(i.weight())).isEqualTo(i);
			assertThat(Importance.of(i.formValue())).isEqualTo(i);
			assertThat(Importance.of(i.words())).isEqualTo(i);
		}
	}
}
