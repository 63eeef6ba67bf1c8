package org.constellation.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.constellation.journeys.Bewilderment;
import org.constellation.journeys.BewildermentDraft;
import org.constellation.journeys.EntryDraft;
import org.constellation.journeys.JournalEntry;
import org.constellation.journeys.JournalService;
import org.constellation.journeys.JourneyService;
import org.constellation.journeys.JourneyStage;
import org.constellation.journeys.MilestoneDraft;
import org.constellation.journeys.ReflectionDraft;
import org.constellation.journeys.RevisitDraft;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.springframework.stereotype.Component;

/**
 * Six practitioners' journeys over about six months: journal entries (one
 * shared into an active partnership where they have one), bewilderments with
 * revisits, stage reflections that mostly move on and sometimes step back, and
 * milestones.
 */
@Component
class DemoJourneys implements DemoSeed {

	private static final List<String> PEOPLE = List.of("member05@example.org", "member06@example.org",
			"member07@example.org", "member08@example.org", "member10@example.org", "member11@example.org");

	private static final List<String[]> ENTRIES = List.of(new String[]{"What the quiet student taught me",
			"I kept asking him to speak up. Today I asked what would make it easier, and he said: *a question I can think about first*. "
					+ "I had been solving the wrong problem."},
			new String[]{"Advice I did not give",
					"In the session I wanted to tell her what I would do. I asked a question instead, and she found a better answer than mine."},
			new String[]{"Three things from the case review",
					"- Families hear \"support\" differently than we mean it\n- Writing the plan *with* them took longer and held\n- I need to ask before I explain"},
			new String[]{"Noticing my own frame",
					"I see every meeting as a problem to fix. My partner sees it as a relationship to tend. Both are true, and mine alone is too small."},
			new String[]{"After a hard week",
					"Nothing worked as planned. Writing it down helps me see that I still kept my commitments, just not the outcomes I wanted."});

	private static final List<String[]> BEWILDERMENTS = List.of(
			new String[]{"Why do the meetings where we agree on everything change nothing?",
					"Maybe agreement comes too early, before anyone has said what is really hard.",
					"Noticed it again today: the honest disagreement was where the change started."},
			new String[]{"How can I hold families' expectations and the district's rules at the same time?",
					"Still no answer. Less anxious about not having one."},
			new String[]{"When I say I want feedback, do I?",
					"Asked my partner. The pause before her answer said a lot."});

	private static final List<String[]> MILESTONES = List.of(
			new String[]{"Said \"I don't know\" in a staff meeting",
					"And it opened the best conversation we have had this year."},
			new String[]{"Brought my own case to the partnership", "First time I brought something unfinished."},
			new String[]{"Changed how I run parent conferences", "Questions first, plans second."});

	private final People people;
	private final JournalService journal;
	private final JourneyService journey;
	private final Clock clock;

	DemoJourneys(People people, JournalService journal, JourneyService journey, Clock clock) {
		this.people = people;
		this.journal = journal;
		this.journey = journey;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed() {
		List<JourneyStage> stages = journey.stages();
		for (int i = 0; i < PEOPLE.size(); i++) {
			if (people.practitionerIdByEmail(PEOPLE.get(i)).isEmpty()) {
				continue;
			}
			seed(DemoSeed.as(people, PEOPLE.get(i)), i, stages);
		}
	}

	private void seed(AccountPrincipal who, int n, List<JourneyStage> stages) {
		Instant now = clock.instant();
		LocalDate today = journey.today(who);
		// stage reflections every four to six weeks, starting where this person started
		int start = n % 3 * 2;
		int[] steps = {0, 1, 1, 0, 1, 2};
		for (int k = 0; k < steps.length; k++) {
			int position = Math.min(stages.size() - 1, start + steps[k] + (k == 3 && n % 2 == 0 ? -1 : 0));
			LocalDate on = today.minusDays(180 - 34L * k - n);
			journey.reflect(who, new ReflectionDraft(stages.get(Math.max(0, position)).getId(), on,
					REFLECTIONS[(k + n) % REFLECTIONS.length]));
		}
		List<PartnershipRef> in = journey.partnershipsOf(who).stream().filter(p -> p.state() == PartnershipState.ACTIVE)
				.toList();
		for (int k = 0; k < MILESTONES.size(); k++) {
			String[] m = MILESTONES.get((k + n) % MILESTONES.size());
			Long partnership = k == 1 && !in.isEmpty() ? in.getFirst().id() : null;
			journey.mark(who, new MilestoneDraft(m[0], today.minusDays(150 - 55L * k - n), m[1], partnership));
		}
		JournalEntry last = null;
		for (int k = 0; k < ENTRIES.size(); k++) {
			String[] e = ENTRIES.get((k + n) % ENTRIES.size());
			Instant at = now.minus(Duration.ofDays(170 - 38L * k - n)).atOffset(ZoneOffset.UTC).withHour(19)
					.toInstant();
			last = journal.write(who, new EntryDraft(e[0], e[1], null, at.isAfter(now) ? now : at));
		}
		if (last != null && !in.isEmpty()) {
			journal.share(who, last.getId(), in.getFirst().id());
		}
		for (int k = 0; k < BEWILDERMENTS.size(); k++) {
			String[] b = BEWILDERMENTS.get((k + n) % BEWILDERMENTS.size());
			Instant noted = now.minus(Duration.ofDays(160 - 45L * k - n));
			Bewilderment kept = journal.note(who, new BewildermentDraft(b[0], null, noted));
			for (int r = 1; r < b.length; r++) {
				journal.revisit(who, kept.getId(), new RevisitDraft(b[r], noted.plus(Duration.ofDays(20L * r))));
			}
			if (k == 2 && n % 2 == 1) {
				journal.settle(who, kept.getId());
			}
		}
	}

	private static final String[] REFLECTIONS = {
			"I mostly want to know the right way to do this, and I look to people who have done it before.",
			"I notice how much what my colleagues think shapes what I try.",
			"I disagreed with my partner and said so. It felt strange and right.",
			"A hard month: I went back to following the script.",
			"I can hear a view very different from mine without needing to settle it.",
			"My own way of seeing things feels like one way among several."};
}
