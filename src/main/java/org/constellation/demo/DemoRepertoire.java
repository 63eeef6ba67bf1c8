package org.constellation.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.repertoire.ArtifactDraft;
import org.constellation.repertoire.ArtifactKind;
import org.constellation.repertoire.GlossaryTermDraft;
import org.constellation.repertoire.PracticeWorkDraft;
import org.constellation.repertoire.PracticeWorkOutputDraft;
import org.constellation.repertoire.PracticeWorkService;
import org.constellation.repertoire.PracticeWorkStatus;
import org.constellation.repertoire.PracticeWorkView;
import org.constellation.repertoire.RepertoireService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Practice work, a shared repertoire and a glossary in each demo community,
 * added by its own members through the repertoire module's services.
 */
@Component
class DemoRepertoire implements DemoSeed {

	private record ArtifactSeed(ArtifactKind kind, String title, String body, String url, List<String> tags) {
	}

	private record WorkSeed(String title, String goal, PracticeWorkStatus status, String output, String outputNote) {
	}

	private static final List<ArtifactSeed> ARTIFACTS = List.of(
			new ArtifactSeed(ArtifactKind.TOOL, "Co-planning agenda for co-taught lessons", """
					Twenty-five minutes, once a week, same time:

					1. **Look back** (5 min): what worked last week, and for whom?
					2. **Look at the students** (10 min): who needs something different next week?
					3. **Plan the roles** (10 min): who leads, who supports, who checks in with whom.

					We keep the notes in one shared document so a substitute can pick them up.""", null,
					List.of("co-teaching", "planning")),
			new ArtifactSeed(ArtifactKind.CASE, "When the visual schedule stopped working", """
					A second grader who had used a picture schedule for a year started tearing it down every morning.

					What we tried first (more pictures, a reward chart) made it worse. What helped was asking him:
					he wanted the *same* schedule as his classmates, on the board, not a separate one on his desk.

					What we keep from it: a support that marks a child out can stop being a support.""", null,
					List.of("visual supports", "student voice", "what did not work")),
			new ArtifactSeed(ArtifactKind.DOCUMENT, "A family-friendly guide to the IEP meeting", """
					Written with parents from three districts. It explains, in plain words:

					- who will be in the room and why;
					- what the *present levels* and the goals mean;
					- the questions families told us they wished they had asked;
					- that you can ask for a break, an interpreter, or another meeting.""", null,
					List.of("families", "iep")),
			new ArtifactSeed(ArtifactKind.LINK, "Universal Design for Learning guidelines",
					"The guidelines we keep coming back to when we plan lessons that work for everyone from the start.",
					"https://udlguidelines.cast.org/", List.of("udl", "planning")),
			new ArtifactSeed(ArtifactKind.TOOL, "One-page student profile",
					"""
							A single page the student writes (with help if needed) and shares with every adult who works with them:

							- what I am good at;
							- what helps me learn;
							- what makes a day hard;
							- how to tell I need a break.""",
					null, List.of("student voice", "iep")),
			new ArtifactSeed(ArtifactKind.LINK, "IRIS Center learning modules",
					"Free modules on evidence-based practices; we used the one on classroom behaviour for a book-club style study.",
					"https://iris.peabody.vanderbilt.edu/", List.of("professional learning")),
			new ArtifactSeed(ArtifactKind.CASE, "A transition meeting that started with the student",
					"""
							For the first time, the student opened her own transition meeting with three slides about what she wants
							after school. The adults talked less and asked better questions.

							It took two practice runs with her advisor, and a shorter agenda.""",
					null, List.of("transition", "student voice")),
			new ArtifactSeed(ArtifactKind.DOCUMENT, "Notes from our assistive technology share-out",
					"""
							Eight tools members brought and tried together, with who found them useful and where they fell short.
							Speech-to-text was the favourite; two of the reading apps needed more set-up time than we had.""",
					null, List.of("assistive technology")));

	private static final List<GlossaryTermDraft> TERMS = List.of(new GlossaryTermDraft("Warm hand-off",
			"Introducing a family to the next person who will help them, in person, instead of giving them a phone number.",
			"The counsellor did a warm hand-off to the transition coordinator.", null),
			new GlossaryTermDraft("Presume competence",
					"Starting from the belief that every student can learn and understand, and adjusting how we teach rather than what we expect.",
					"", null),
			new GlossaryTermDraft("Co-teaching",
					"Two teachers, usually a general and a special educator, sharing the planning, teaching and assessing of one class.",
					"We co-teach third-period science.", null),
			new GlossaryTermDraft("Least restrictive environment",
					"The setting closest to the general classroom where a student can learn with the supports they need.",
					"", null),
			new GlossaryTermDraft("\u201cAnd\u2026\u201d",
					"How we build on each other in conversation: adding to an idea instead of answering \u201cbut\u2026\u201d.",
					"And\u2026 what if the students chose the roles themselves?", null),
			new GlossaryTermDraft("Student profile",
					"A one-page description of a student, written with the student, of their strengths and what helps them learn.",
					"", null),
			new GlossaryTermDraft("Present levels",
					"The part of an IEP that describes where a student is now, in school and in daily life; the goals start from it.",
					"", null),
			new GlossaryTermDraft("Family partner",
					"A parent or carer who takes part in the community as a colleague, not as an audience.", "", null),
			new GlossaryTermDraft("Universal Design for Learning",
					"Planning lessons so that they work for the widest range of learners from the start, rather than adapting them afterwards.",
					"", null),
			new GlossaryTermDraft("Bewilderment",
					"What still puzzles us after a conversation; we keep it and come back to it, rather than hurrying to an answer.",
					"My bewilderment this month: why the same support works in one class and not in another.", null));

	private static final List<WorkSeed> WORKS = List.of(new WorkSeed("A shared co-planning protocol",
			"Agree on **one** short co-planning routine that co-teaching pairs in our schools try for a term, and compare notes.",
			PracticeWorkStatus.UNDER_WAY, "Draft protocol, version 2",
			"The version after the first month: shorter, with the student check-in first."),
			new WorkSeed("Family guide to the IEP meeting in three languages",
					"Translate and adapt the family guide with parents who speak Spanish and Vietnamese at home.",
					PracticeWorkStatus.PROPOSED, null, null),
			new WorkSeed("Visiting each other's classrooms",
					"Each member visits one other member's classroom this term and brings back one thing to try.",
					PracticeWorkStatus.UNDER_WAY, null, null),
			new WorkSeed("An assistive technology lending shelf",
					"Collect devices and apps members can borrow for a month before asking their district to buy them.",
					PracticeWorkStatus.DONE, "What we learned from six months of lending",
					"Forty-one loans; the most borrowed were reading pens. Two districts bought devices after a trial."),
			new WorkSeed("Student-led IEP meetings pilot",
					"Five students open their own IEP meetings; we write down what helped them prepare.",
					PracticeWorkStatus.PAUSED, null, null));

	private final CommunityService communities;
	private final MembershipService memberships;
	private final PracticeWorkService works;
	private final RepertoireService repertoire;
	private final People people;

	DemoRepertoire(CommunityService communities, MembershipService memberships, PracticeWorkService works,
			RepertoireService repertoire, People people) {
		this.communities = communities;
		this.memberships = memberships;
		this.works = works;
		this.repertoire = repertoire;
		this.people = people;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void seed() {
		Random random = new Random(40);
		for (CommunityView community : communities.browse(new CommunityQuery(null, null, null, null),
				PageRequest.of(0, 50))) {
			long id = community.id();
			List<Long> memberIds = new ArrayList<>(memberships.activeMemberIds(id));
			if (memberIds.isEmpty()) {
				continue;
			}
			Collections.sort(memberIds);
			Map<Long, String> emails = people.emails(memberIds);
			List<AccountPrincipal> members = memberIds.stream().filter(emails::containsKey)
					.map(m -> DemoSeed.as(people, emails.get(m))).toList();
			if (!members.isEmpty()) {
				seed(id, communities.charterIssueIds(id), members, random);
			}
		}
	}

	private void seed(long communityId, Set<Long> issueIds, List<AccountPrincipal> members, Random random) {
		List<Long> issues = issueIds.stream().sorted().toList();
		for (ArtifactSeed a : pick(ARTIFACTS, 3 + random.nextInt(3), random)) {
			Set<Long> about = issues.isEmpty() ? Set.of() : Set.of(issues.get(random.nextInt(issues.size())));
			repertoire.addArtifact(anyOf(members, random), communityId,
					new ArtifactDraft(a.kind(), a.title(), a.body(), a.url(), a.tags(), about, null));
		}
		for (GlossaryTermDraft term : pick(TERMS, 4 + random.nextInt(3), random)) {
			repertoire.addTerm(anyOf(members, random), communityId, term);
		}
		for (WorkSeed w : pick(WORKS, 1 + random.nextInt(3), random)) {
			AccountPrincipal proposer = anyOf(members, random);
			PracticeWorkView work = works.propose(proposer, communityId,
					new PracticeWorkDraft(w.title(), w.goal(), null, null));
			for (int i = 0; i < Math.min(members.size() - 1, random.nextInt(4)); i++) {
				works.join(anyOf(members, random), work.id());
			}
			if (w.status() != PracticeWorkStatus.PROPOSED) {
				works.change(proposer, work.id(), new PracticeWorkDraft(w.title(), w.goal(), w.status(), null));
			}
			if (w.output() != null) {
				works.addOutput(proposer, work.id(), new PracticeWorkOutputDraft(w.output(), null, w.outputNote()));
			}
		}
	}

	private static <T> List<T> pick(List<T> pool, int count, Random random) {
		List<T> shuffled = new ArrayList<>(pool);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	private static AccountPrincipal anyOf(List<AccountPrincipal> members, Random random) {
		return members.get(random.nextInt(members.size()));
	}
}
