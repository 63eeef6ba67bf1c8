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
 * Six practitioners' journeys over about six months, each in their own voice
 * (two parents, a student, a self-advocate, a national officer, an advocate):
 * journal entries (one shared into an active partnership where they have one),
 * bewilderments with revisits, stage reflections that mostly move on and
 * sometimes step back, and milestones.
 */
@Component
class DemoJourneys implements DemoSeed {

	private static final List<String> PEOPLE = List.of("member05@example.org", "member06@example.org",
			"member07@example.org", "member08@example.org", "member10@example.org", "member11@example.org");

	/**
	 * Three entries each, in each person's own voice: no two journals share one.
	 */
	private static final List<String[]> ENTRIES = List.of(new String[]{"The meeting about my son",
			"Eleven people around the table and I was the only one without a folder. Next time I bring my own: his drawings, what he says at home."},
			new String[]{"When the teacher called me first",
					"She called before the meeting to ask what I hoped for. Nobody had ever asked. I did not know what to say, and then I did."},
			new String[]{"Translating for myself",
					"I understand the words in the meeting; it is the acronyms I lose. I made a list and asked for each in plain words. They gave them."},
			new String[]{"Advice I did not give",
					"In the session I wanted to tell her what I would do. I asked a question instead, and she found a better answer than mine."},
			new String[]{"Three things from the council meeting",
					"- Families hear \"support\" differently than the district means it\n- Writing the agenda *with* them took longer and held\n- I need to ask before I explain"},
			new String[]{"Noticing my own frame",
					"I see every meeting as a problem to fix. My partner sees it as a relationship to tend. Both are true, and mine alone is too small."},
			new String[]{"Running my own meeting",
					"I opened my IEP meeting with what I want after graduation. The adults stopped reading their papers and listened."},
			new String[]{"What the freshman taught me",
					"I kept asking the freshman I mentor to speak up. Today I asked what would make it easier, and he said: *a question I can think about first*. I had been solving the wrong problem."},
			new String[]{"Life after school",
					"We talked about what happens after I graduate. My mom asked where I would go on Tuesdays. Nobody knew, so I said what I want."},
			new String[]{"Testimony",
					"I told the committee about my first job. They asked more questions than after any report."},
			new String[]{"Plain language",
					"The council's papers are forty pages. I asked for one page in plain language. Now everyone reads that one first."},
			new String[]{"Nothing about us without us",
					"A meeting about group homes with nobody who lives in one. I said so. Next month there will be two of us."},
			new String[]{"Numbers and faces",
					"The national report says inclusion rose four points. I visited two schools this month and could not tell you what those points look like."},
			new String[]{"Saying no to a quick fix",
					"A state asked for a quick fix for a program I have not seen. I said I would rather visit first. It was not the answer they wanted."},
			new String[]{"What I want to keep",
					"Looking back at three months of entries: the ones I am proudest of start with a question, not a plan."},
			new String[]{"A family's first call",
					"She called about a suspension and apologised for taking my time. We talked for an hour; the suspension was the smallest part."},
			new String[]{"After a hard week",
					"Nothing worked as planned. Writing it down helps me see that I still kept my commitments, just not the outcomes I wanted."},
			new String[]{"A mediation that was not",
					"The school and the family came ready to fight. We started with what the child is good at, and the fight got smaller."});

	/** Two each, every one someone's own. */
	private static final List<String[]> BEWILDERMENTS = List.of(
			new String[]{"Why do I feel like a guest at meetings about my own child?",
					"Brought a photo of him to the last one. The room changed."},
			new String[]{"What does inclusion mean to a family that never chose it?"},
			new String[]{"How can I hold families' expectations and the district's rules at the same time?",
					"Still no answer. Less anxious about not having one."},
			new String[]{"When I say I want feedback, do I?",
					"Asked my partner. The pause before her answer said a lot."},
			new String[]{"Why do adults talk about me as if I am not in the room?",
					"I asked them to talk to me. Most of them did."},
			new String[]{"When is being pulled out of class help, and when is it being left out?",
					"When I choose it. Nobody had asked me before."},
			new String[]{"Who am I accountable to: the council or the people who chose me?"},
			new String[]{"How do I speak for others when everyone's life is different?",
					"I ask them first, and say whose words they are."},
			new String[]{"How do I measure something I only see when I am in the room?",
					"Started keeping short notes of what I see, beside the figures."},
			new String[]{"Why do the meetings where we agree on everything change nothing?",
					"Maybe agreement comes too early, before anyone has said what is really hard.",
					"Noticed it again today: the honest disagreement was where the change started."},
			new String[]{"How much should I say about what families tell me?"},
			new String[]{"Why do I give advice when I am asked for a question?",
					"Because silence feels like not helping. It is not."});

	/** Two each. */
	private static final List<String[]> MILESTONES = List.of(
			new String[]{"Led part of my son's IEP meeting", "I opened with what he is good at. Everyone followed."},
			new String[]{"Asked for the plan in plain words", "And got it, and now other parents ask for it too."},
			new String[]{"Said \"I don't know\" in a council meeting",
					"And it opened the best conversation we have had this year."},
			new String[]{"Brought my own case to the partnership", "First time I brought something unfinished."},
			new String[]{"A transition plan I wrote", "In my own words, with help on the forms."},
			new String[]{"Mentored my first freshman", "He runs his own meeting next spring."},
			new String[]{"Testified at the state legislature", "Five minutes, and they kept the program."},
			new String[]{"The council's papers in plain language", "Now it is the rule, not a favour."},
			new String[]{"Visited every state in my region", "Nine states, and a page of notes from each."},
			new String[]{"Changed how we report inclusion",
					"The report now has one student's story beside the figures."},
			new String[]{"Trained parents with them, not for them", "They chose two of the topics."},
			new String[]{"Changed how I take first calls", "Questions first, plans second."});

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
		for (int k = 0; k < 2; k++) {
			String[] m = MILESTONES.get(2 * n + k);
			Long partnership = k == 1 && !in.isEmpty() ? in.getFirst().id() : null;
			journey.mark(who, new MilestoneDraft(m[0], today.minusDays(150 - 70L * k - n), m[1], partnership));
		}
		JournalEntry last = null;
		for (int k = 0; k < 3; k++) {
			String[] e = ENTRIES.get(3 * n + k);
			Instant at = now.minus(Duration.ofDays(170 - 60L * k - n)).atOffset(ZoneOffset.UTC).withHour(19)
					.toInstant();
			last = journal.write(who, new EntryDraft(e[0], e[1], null, at.isAfter(now) ? now : at));
		}
		if (last != null && !in.isEmpty()) {
			journal.share(who, last.getId(), in.getFirst().id());
		}
		for (int k = 0; k < 2; k++) {
			String[] b = BEWILDERMENTS.get(2 * n + k);
			Instant noted = now.minus(Duration.ofDays(160 - 60L * k - n));
			Bewilderment kept = journal.note(who, new BewildermentDraft(b[0], null, noted));
			for (int r = 1; r < b.length; r++) {
				journal.revisit(who, kept.getId(), new RevisitDraft(b[r], noted.plus(Duration.ofDays(20L * r))));
			}
			if (k == 1 && n % 2 == 1) {
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
