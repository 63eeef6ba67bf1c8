package org.constellation.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constellation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class JourneyRulesTests {

	static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");
	static final LocalDate TODAY = LocalDate.parse("2026-03-03");

	@Test
	void aBewildermentIsSettledForNowAndCanBeOpenedAgain() {
		Bewilderment b = new Bewilderment(1L, "  Why does agreement change nothing?  ", NOW);
		assertThat(b.getText()).isEqualTo("Why does agreement change nothing?");
		assertThat(b.isOpen()).isTrue();

		b.settle(NOW.plusSeconds(60));
		b.settle(NOW.plusSeconds(120));
		assertThat(b.getState()).isEqualTo(BewildermentState.SETTLED);
		assertThat(b.getSettledAt()).as("settling twice keeps the first moment").isEqualTo(NOW.plusSeconds(60));

		b.reopen(NOW.plusSeconds(180));
		assertThat(b.isOpen()).isTrue();
		assertThat(b.getSettledAt()).isNull();
	}

	@Test
	void theStatesNeverSaySolved() {
		assertThat(BewildermentState.values()).extracting(Enum::name).containsExactly("OPEN", "SETTLED");
	}

	@Test
	void anEntryIsRenderedSafelyWhenWritten() {
		JournalEntry e = new JournalEntry(1L, NOW);
		e.write(" A title ", "Hello <script>alert(1)</script> *you*", NOW);
		assertThat(e.getTitle()).isEqualTo("A title");
		assertThat(e.getBodyHtml()).contains("<em>you</em>").doesNotContain("<script>");
		assertThat(e.isWrittenBy(1L)).isTrue();
		assertThat(e.isWrittenBy(2L)).isFalse();
	}

	@Test
	void refusesMomentsAndDaysThatHaveNotCome() {
		assertThat(JourneyRules.notLater(null, NOW, "writtenAt")).isEqualTo(NOW);
		assertThat(JourneyRules.notLater(NOW.minusSeconds(86400), NOW, "writtenAt")).isEqualTo(NOW.minusSeconds(86400));
		assertThatThrownBy(() -> JourneyRules.notLater(NOW.plusSeconds(60), NOW, "writtenAt"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("writtenAt"));
		assertThat(JourneyRules.notAfter(TODAY, TODAY, "reflectedOn")).isEqualTo(TODAY);
		assertThatThrownBy(() -> JourneyRules.notAfter(TODAY.plusDays(1), TODAY, "reflectedOn")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reflectedOn"));
		assertThatThrownBy(() -> JourneyRules.notAfter(null, TODAY, "happenedOn")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("happenedOn"));
	}

	@Test
	void namesTheFieldOfMissingOrOverlongText() {
		assertThatThrownBy(() -> JourneyRules.required("  ", 10, "title", "missing", "long"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> {
					assertThat(e.field()).isEqualTo("title");
					assertThat(e.getMessage()).isEqualTo("missing");
				});
		assertThatThrownBy(() -> JourneyRules.optional("x".repeat(11), 10, "body", "long"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
		assertThat(JourneyRules.optional(null, 10, "body", "long")).isEmpty();
	}

	@Test
	void theTimelinePutsTheFirstStageAtTheBottomAndTimeAlongTheBottom() throws Exception {
		List<JourneyStage> stages = List.of(stage(1, "Instrumental", false),
				stage(2, "Instrumental → Socializing", true), stage(3, "Socializing", false));
		Timeline t = Timeline.of(stages,
				List.of(new Timeline.Dated(TODAY.minusDays(90), 1L, null),
						new Timeline.Dated(TODAY.minusDays(30), 3L, null)),
				List.of(new Timeline.Dated(TODAY.minusDays(60), null, "Said I don't know")), TODAY);

		assertThat(t.stages().get(0).y()).as("the first stage sits lowest").isGreaterThan(t.stages().get(2).y());
		assertThat(t.stages().get(1).transition()).isTrue();
		assertThat(t.points()).hasSize(2);
		Timeline.Point first = t.points().get(0);
		Timeline.Point second = t.points().get(1);
		assertThat(first.x()).isLessThan(second.x());
		assertThat(first.x()).isGreaterThan(t.left());
		assertThat(second.y()).isLessThan(first.y());
		assertThat(second.stage()).isEqualTo("Socializing");
		// a step line: one stays at a stage until the next reflection, then on to today
		assertThat(t.path()).isEqualTo("M" + first.x() + " " + first.y() + " H" + second.x() + " V" + second.y() + " H"
				+ (t.left() + t.plotWidth()));
		assertThat(t.milestones()).singleElement().satisfies(m -> {
			assertThat(m.x()).isBetween(first.x(), second.x());
			assertThat(m.title()).isEqualTo("Said I don't know");
		});
		assertThat(t.ticks()).isNotEmpty()
				.allSatisfy(tick -> assertThat(tick.x()).isBetween(t.left(), t.left() + t.plotWidth()));
		assertThat(t.height()).isEqualTo(Timeline.TOP + 3 * Timeline.ROW + Timeline.BOTTOM);
	}

	@Test
	void anEmptyJourneyHasAnEmptyTimeline() {
		Timeline t = Timeline.of(List.of(), List.of(), List.of(), TODAY);
		assertThat(t.isEmpty()).isTrue();
		assertThat(t.path()).isEmpty();
	}

	private static JourneyStage stage(long id, String name, boolean transition) throws Exception {
		JourneyStage s = new JourneyStage((int) id, name, "", transition);
		Field f = JourneyStage.class.getDeclaredField("id");
		f.setAccessible(true);
		f.set(s, id);
		return s;
	}
}
