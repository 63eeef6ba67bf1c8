package org.constellation.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.communities.CommunityService;
import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.PartnershipDraft;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.Trust;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.sessions.CadenceDraft;
import org.constellation.sessions.CadenceKind;
import org.constellation.sessions.Commitment;
import org.constellation.sessions.CommitmentStatus;
import org.constellation.sessions.RoutineService;
import org.constellation.sessions.SessionService;
import org.springframework.stereotype.Component;

/**
 * Learning partnerships in every state and of every size from two to seven:
 * forming, in the opening (one with a partner who said "not yet"), active,
 * paused and closed; some inside a community, some across communities.
 */
@Component
class DemoPartnerships implements DemoSeed {

	/** What partners say at each step of the default opening, in turn. */
	private static final List<List<String>> ANSWERS = List.of(List.of(
			"I keep seeing families go quiet in meetings that are meant to be theirs. I want to understand what I do that makes that happen.",
			"Same for me, from the other side of the table: I am the parent who goes quiet.",
			"I coordinate these meetings for a whole district and I am not sure our forms help anyone.",
			"I am new in my role and I would like to learn from people who are not my colleagues."),
			List.of("Special education teacher, middle school, twelve years. I answer to a principal who is supportive but busy.",
					"Parent of two, one with an IEP. I answer to my kids, mostly.",
					"District coordinator. People count on me for answers I often do not have.",
					"Speech therapist across four schools; I am everywhere and nowhere."),
			List.of("For me the second tenet matters most: I keep looking for the one fix.",
					"I affirm them. The fourth one is why I said yes: nobody here is my boss.",
					"Sharing with clarity and respect: I will try to say what I mean, not what sounds good.",
					"I affirm them, and I will need the others to remind me of the first one."),
			List.of("Let each person finish. \u201cAnd\u2026\u201d before \u201cbut\u2026\u201d. Ask before advising.",
					"And: it is fine to pass, and fine to say \u201cI don't know\u201d.",
					"And: we talk about our own practice, not about people who are not here.", "Agreed, all of it."),
			List.of("Nothing said here leaves it with a name attached. If someone needs to step back, they just say so.",
					"No stories about my children's teachers that could identify them.",
					"If one of us ends up in a meeting with another's family, we say so and step back.",
					"I would like us to check in on these boundaries every few months."),
			List.of("Video call every other Tuesday at 16:00 Central, one hour; notes here.",
					"Fortnightly works; mornings are impossible for me.", "Yes, and once a term in person if we can.",
					"The link in our infrastructure, and the check-in/story routine to start."),
			List.of("Knowing that nobody will fix me. I need to be listened to first.",
					"That it is fine to bring something unfinished.",
					"That we come back to commitments without judging.",
					"Time. I trust slowly, and that is fine here."));

	private static final List<String> ARRIVALS = List.of("Tired, but glad to be here.",
			"Still thinking about Monday's meeting.", "Good week, for once.", "A bit scattered; give me a minute.",
			"Curious about last time's commitment.", "Rushed in from a parent conference.",
			"Calm. The report cards are done.", "Worried about one student; I may bring it up.",
			"Happy: a plan we made here worked.", "Here, and listening more than talking today.");

	/**
	 * One for each commitment a partnership makes over its sessions (three a
	 * session, at most eight sessions): none repeats within a partnership.
	 */
	private static final List<String> COMMITMENTS = List.of(
			"Ask the family what they want to talk about before I send the agenda.",
			"Try one meeting where I speak last.", "Write down one thing that surprised me each day.",
			"Call the parent before the meeting, not after.", "Bring a student's own words to our next planning.",
			"Sit in on a colleague's class and only take notes on what the students do.",
			"Ask my principal for ten minutes of the staff meeting to share what we tried.",
			"Send home one note about something a child did well, every week.",
			"Rewrite the IEP summary page in plain words with the family.",
			"Ask the student which accommodation actually helps.",
			"Hold back my first suggestion in co-planning and ask a question instead.",
			"Visit the adult services office with a family, not for them.",
			"Keep a list of the times I said \u201cbut\u201d and what came next.",
			"Plan one lesson with the speech therapist from the start, not after.",
			"Find out how the bus ride goes for the two students who arrive upset.",
			"Ask the paraprofessional what she sees that I miss.",
			"Start the team meeting with what is going well for the student.",
			"Read the family's own goals aloud before ours.",
			"Try the visual schedule for a week and tell the team what changed.",
			"Share a mistake of mine at the next department meeting.",
			"Ask two students to explain the new routine to a newcomer.",
			"Leave a question unanswered for a day instead of fixing it.",
			"Talk with the bus driver about what the morning looks like.",
			"Write the family a summary of the meeting in their language.");

	private static final List<String> REFLECTIONS = List.of("I talked less and heard more.",
			"I was not ready to say what I really think. Next time.",
			"Hearing the parent's side changed how I read my own notes.",
			"I caught myself giving advice again, and stopped halfway.",
			"The story about the bus ride stayed with me all week.",
			"I said something unfinished and nobody tried to finish it for me.",
			"I came in tired and left with one clear next step.",
			"I noticed how often we talk about students instead of with them.",
			"It was harder to listen today; my own week was loud.",
			"The question that mattered most was the one nobody answered.",
			"I am starting to trust that this group will not judge me.",
			"I brought a success and learned more from the questions about it than from the success.",
			"Today I mostly wanted to be heard, and I was.",
			"I realised my commitment was really about me, not the student.",
			"A good disagreement. We did not settle it, and that is fine.",
			"I left with a question I want to take to my team.");

	private static final List<String> REVIEWS = List.of("It went better than I expected.",
			"I did it once; the second time was harder.", "The family noticed before I said anything.",
			"Not yet, but I know what got in the way.", "It changed the whole meeting.",
			"Half of it worked; the other half needs the team.", "I forgot, then remembered on Friday, and it helped.",
			"Still trying: the first try surprised me.");

	private static final List<String> NOTES = List.of(
			"We heard two stories and built on them with \u201cand\u2026\u201d. The question that stayed: *what would the family say?*",
			"One long story about a hard IEP meeting. We stayed with it instead of fixing it.",
			"Check-in took longer than planned, and it was worth it. Stories moved to next time.",
			"We tried the \u201cask before advising\u201d routine. Three questions that helped: *what have you tried? what do you notice? what would you like?*",
			"A short session: two of us were tired. We agreed that is allowed.",
			"We looked back at the last three sessions' commitments and saw a pattern: all of them were about listening first.",
			"Story from a classroom visit; the question that stayed was *who decides what help is?*",
			"We talked about the end of the year and what we want to carry over the summer.");

	private final PartnershipService partnerships;
	private final OpeningService opening;
	private final SessionService sessions;
	private final RoutineService routines;
	private final CommunityService communities;
	private final People people;
	private final Clock clock;

	DemoPartnerships(PartnershipService partnerships, OpeningService opening, SessionService sessions,
			RoutineService routines, CommunityService communities, People people, Clock clock) {
		this.partnerships = partnerships;
		this.opening = opening;
		this.sessions = sessions;
		this.routines = routines;
		this.communities = communities;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void seed() {
		List<AccountPrincipal> three = members("member05", "member06", "member07");
		// inside a community the proposer is a member of (its conveners see nothing
		// said inside)
		Long community = communities.mine(three.getFirst()).stream().map(c -> c.id()).findFirst().orElse(null);
		history(active("Keeping families at the centre of IEP meetings",
				"We each sit at the same table from a different side: a teacher, a parent, a coordinator.", community,
				false, three), three, 8, false);
		List<AccountPrincipal> pair = members("member08", "member10");
		history(active("Co-teaching when the specialist is only there twice a week", "", null, false, pair), pair, 6,
				false);
		List<AccountPrincipal> four = members("member11", "member12", "member13", "member14");
		history(active("Transitions from school to adult life",
				"What happens to our students and our children after 21?", null, false, four), four, 5, false);
		// two planned sessions passed without being held: the partners are told, gently
		List<AccountPrincipal> six = members("member13", "member14", "member15", "member16", "member17", "member18");
		history(active("Behaviour support without punishment", "", null, true, six), six, 4, true);
		List<AccountPrincipal> seven = List.of(DemoSeed.as(people, "convener@example.org"), member("member21"),
				member("member22"), member("member29"), member("member31"), member("member32"), member("member12"));
		history(active("Leading inclusive change across a state", "Seven of us, from a classroom to the state office.",
				null, false, seven), seven, 3, false);

		// an opening where every step is done and one partner said "not yet"
		List<AccountPrincipal> notYet = members("member15", "member16", "member17");
		long waiting = opened("Listening to students who communicate without speech", notYet);
		answerSteps(waiting, notYet, 7);
		opening.confirmTrust(notYet.get(0), waiting, Trust.CONFIRMED, null, true);
		opening.confirmTrust(notYet.get(1), waiting, Trust.NOT_YET, 5, true);
		opening.confirmTrust(notYet.get(2), waiting, Trust.CONFIRMED, null, true);

		// an opening under way, at its third step
		List<AccountPrincipal> early = members("member24", "member25");
		answerSteps(opened("Rural families and the long drive to services", early), early, 2);

		// forming: invitations not yet answered
		partnerships.propose(member("member30"),
				new PartnershipDraft("First-year teachers in inclusive classrooms",
						"Three of us who started this year.", List.of(), List.of(id("member31"), id("member32")), null,
						true, null));

		List<AccountPrincipal> paused = members("member41", "member42", "member43", "member60", "member02");
		long pause = active("Paraprofessionals as partners, not helpers", "", null, false, paused);
		history(pause, paused, 3, false);
		partnerships.pause(paused.get(2), pause);

		List<AccountPrincipal> closing = members("member44", "member01");
		long closed = active("Our first year as a parent-teacher pair", "", null, false, closing);
		history(closed, closing, 4, false);
		partnerships.writeTakeaway(closing.get(0), closed,
				"That asking \u201cwhat would help?\u201d works better than any plan I bring.");
		partnerships.writeTakeaway(closing.get(1), closed,
				"That I can say \u201cnot yet\u201d in a meeting, and the meeting survives.");
		partnerships.close(closing.get(1), closed);
	}

	/**
	 * Sessions every other Tuesday over the past weeks, each with a routine,
	 * check-ins, a note, commitments looked at again the next time and reflections;
	 * then the cadence that plans what comes next. With {@code drifting}, the last
	 * two were planned and never held.
	 */
	private void history(long id, List<AccountPrincipal> partners, int count, boolean drifting) {
		var library = routines.library();
		LocalDate first = LocalDate.now(clock).minusWeeks(2L * count + 1)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
		List<Commitment> open = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			AccountPrincipal host = partners.get(i % partners.size());
			int number = sessions
					.addOneOff(host, id, first.plusWeeks(2L * i), LocalTime.of(16, 0), "America/Chicago", 60)
					.getNumber();
			if (drifting && i >= count - 2) {
				continue;
			}
			sessions.start(host, id, number, library.get(i % library.size()).getId());
			for (int j = 0; j < partners.size(); j++) {
				boolean there = (i + j) % 7 != 3;
				sessions.checkIn(partners.get(j), id, number, there,
						there ? ARRIVALS.get((int) (i * 3 + j + id) % ARRIVALS.size()) : "Sorry, a meeting ran over.");
			}
			for (Commitment c : open) {
				AccountPrincipal author = partners.stream()
						.filter(p -> p.practitionerId().equals(c.getPractitionerId())).findFirst().orElseThrow();
				sessions.review(author, id, c.getId(),
						(i + c.getId().intValue()) % 3 == 0 ? CommitmentStatus.STILL_TRYING : CommitmentStatus.KEPT,
						REVIEWS.get((i + c.getId().intValue()) % REVIEWS.size()));
			}
			sessions.note(host, id, number, NOTES.get((int) (i + id) % NOTES.size()));
			open = new ArrayList<>();
			for (int j = 0; j < Math.min(partners.size(), 3); j++) {
				open.add(sessions.commit(partners.get(j), id, number,
						COMMITMENTS.get((int) (i * 3 + j + id) % COMMITMENTS.size())));
			}
			sessions.reflect(partners.get(0), id, number, REFLECTIONS.get((int) (i * 2 + id) % REFLECTIONS.size()),
					true);
			sessions.reflect(partners.get(1), id, number, REFLECTIONS.get((int) (i * 2 + 1 + id) % REFLECTIONS.size()),
					false);
			sessions.end(host, id, number, true);
		}
		sessions.setCadence(partners.getFirst(), id, new CadenceDraft(CadenceKind.FORTNIGHTLY, DayOfWeek.TUESDAY, null,
				null, LocalDate.now(clock), LocalTime.of(16, 0), "America/Chicago", 60, null));
	}

	private long active(String focus, String context, Long community, boolean openToRequests,
			List<AccountPrincipal> partners) {
		long id = proposeAndAccept(focus, context, community, openToRequests, partners);
		answerSteps(id, partners, 7);
		for (AccountPrincipal p : partners) {
			opening.confirmTrust(p, id, Trust.CONFIRMED, null, true);
		}
		return id;
	}

	private long opened(String focus, List<AccountPrincipal> partners) {
		return proposeAndAccept(focus, "", null, false, partners);
	}

	private long proposeAndAccept(String focus, String context, Long community, boolean openToRequests,
			List<AccountPrincipal> partners) {
		long id = partnerships.propose(partners.getFirst(),
				new PartnershipDraft(focus, context, List.of(),
						partners.subList(1, partners.size()).stream().map(AccountPrincipal::practitionerId).toList(),
						community, openToRequests, null))
				.getId();
		partners.subList(1, partners.size()).forEach(p -> partnerships.accept(p, id));
		return id;
	}

	private void answerSteps(long id, List<AccountPrincipal> partners, int steps) {
		for (int step = 0; step < steps; step++) {
			for (int i = 0; i < partners.size(); i++) {
				List<String> said = ANSWERS.get(step);
				opening.answer(partners.get(i), id, step + 1, said.get(i % said.size()), true);
			}
		}
	}

	private List<AccountPrincipal> members(String... names) {
		return Arrays.stream(names).map(this::member).toList();
	}

	private AccountPrincipal member(String name) {
		return DemoSeed.as(people, name + "@example.org");
	}

	private long id(String name) {
		return member(name).practitionerId();
	}
}
