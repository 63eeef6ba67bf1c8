package org.constellation.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.constellation.people.PractitionerSummary;
import org.constellation.shared.Ref;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What is missing from a table, what a person would fill and how the reason
 * reads, in plain Java.
 */
class TableRulesTests {

	static final Ref FAMILIES = new Ref(3L, "Families");
	static final Ref RESEARCHERS = new Ref(7L, "Researchers");
	static final Ref EDUCATORS = new Ref(1L, "Educators");
	static final Ref NATIONAL = new Ref(1L, "National");
	static final Ref DISTRICT = new Ref(3L, "District");
	static final Ref TRANSITION = new Ref(6L, "Transition to adult life");
	static final Ref FAMILY_ENGAGEMENT = new Ref(4L, "Family engagement");
	static final Ref DATA = new Ref(13L, "Data use for improvement");

	final TableReasons reasons = new TableReasons(messages(), Locale.ENGLISH);

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/table");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	final TableGaps gaps = TableGaps.of(List.of(EDUCATORS, FAMILIES, RESEARCHERS), List.of(NATIONAL, DISTRICT),
			Set.of(EDUCATORS.id()), Set.of(NATIONAL.id()));

	@Test
	void whatNoMemberBringsIsMissingInTheCharterOrder() {
		assertThat(gaps.missingGroups()).containsExactly(FAMILIES, RESEARCHERS);
		assertThat(gaps.missingLevels()).containsExactly(DISTRICT);
		assertThat(gaps.lacksNothing()).isFalse();
		assertThat(gaps.asksForNothing()).isFalse();
	}

	@Test
	void aTableWithEveryoneItAsksForLacksNothingAndACharterAskingNothingSaysSo() {
		TableGaps full = TableGaps.of(List.of(FAMILIES), List.of(DISTRICT), Set.of(FAMILIES.id(), EDUCATORS.id()),
				Set.of(DISTRICT.id()));
		assertThat(full.lacksNothing()).isTrue();
		assertThat(full.asksForNothing()).isFalse();
		TableGaps none = TableGaps.of(List.of(), List.of(), Set.of(), Set.of());
		assertThat(none.asksForNothing()).isTrue();
		assertThat(none.lacksNothing()).isTrue();
	}

	@Test
	void aRecommendationNamesTheSharedConcernsTheGroupsAndTheLevelItFills() {
		PractitionerSummary person = new PractitionerSummary(42L, "Imani Reyes", List.of(EDUCATORS, FAMILIES),
				new Ref(90L, "Columbus City Schools"), "District", List.of(DATA, FAMILY_ENGAGEMENT, TRANSITION),
				List.of(), List.of(), "UTC", "", false, 0);
		TableRecommendation r = TableRecommendation.of(person, DISTRICT.id(),
				Set.of(TRANSITION.id(), FAMILY_ENGAGEMENT.id()), gaps, reasons);
		assertThat(r.sharedIssues()).containsExactly(FAMILY_ENGAGEMENT, TRANSITION);
		assertThat(r.fillsStakeholderGroups()).containsExactly(FAMILIES);
		assertThat(r.fillsLevels()).containsExactly(DISTRICT);
		assertThat(r.reason()).isEqualTo("Shares 2 of the community's concerns: Family engagement, "
				+ "Transition to adult life. Would bring the voice of Families, which the charter asks for and no "
				+ "member has yet. Works at District level, which no member does.");
	}

	@Test
	void severalGroupsReadAsAListAndOneConcernInTheSingular() {
		assertThat(reasons.reason(List.of(TRANSITION), List.of(FAMILIES, RESEARCHERS, EDUCATORS), List.of()))
				.isEqualTo("Shares one of the community's concerns: Transition to adult life. Would bring the voices "
						+ "of Families, Researchers and Educators, which the charter asks for and no member has yet.");
	}

	@Test
	void someoneWithoutAHomePlaceFillsNoLevel() {
		PractitionerSummary person = new PractitionerSummary(43L, "Quinn Sato", List.of(RESEARCHERS), null, null,
				List.of(TRANSITION), List.of(), List.of(), "UTC", "", false, 0);
		TableRecommendation r = TableRecommendation.of(person, null, Set.of(TRANSITION.id()), gaps, reasons);
		assertThat(r.fillsLevels()).isEmpty();
		assertThat(r.fillsStakeholderGroups()).containsExactly(RESEARCHERS);
		assertThat(r.reason()).endsWith("no member has yet.");
	}
}
