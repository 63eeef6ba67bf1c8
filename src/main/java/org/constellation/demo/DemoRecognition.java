package org.constellation.demo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.recognition.EndorsementDraft;
import org.constellation.recognition.EndorsementService;
import org.constellation.recognition.StoryVisibility;
import org.constellation.recognition.SupportKind;
import org.constellation.recognition.ValueCycle;
import org.constellation.recognition.ValueStoryDraft;
import org.constellation.recognition.ValueStoryService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The sponsor's endorsements of the demo convener, and value-creation stories
 * in the demo communities across every cycle, some made visible to sponsors and
 * some kept for the community's readers.
 */
@Component
class DemoRecognition implements DemoSeed {

	record Story(String community, boolean byConvener, String title, String body, Set<ValueCycle> cycles,
			String evidence, List<String> links, StoryVisibility visibility) {
	}

	static final List<Story> STORIES = List.of(new Story("Family voice in IEP meetings", true,
			"A mother who spoke first at her son's IEP meeting",
			"After two months of story sessions, **Dana** asked to open her son's IEP meeting with what she sees at home. "
					+ "The team changed the order of the agenda for every family at the school.",
			EnumSet.of(ValueCycle.IMMEDIATE, ValueCycle.APPLIED, ValueCycle.REFRAMING),
			"The school's new agenda template, shared in our repertoire.", List.of("https://example.org/iep-agenda"),
			StoryVisibility.SIGNED_IN),
			new Story("Family voice in IEP meetings", false, "A checklist families now bring",
					"We wrote a one-page checklist together. Families in three districts now bring it to their meetings.",
					EnumSet.of(ValueCycle.POTENTIAL, ValueCycle.APPLIED), "42 copies handed out at the fall meetings.",
					List.of(), StoryVisibility.SIGNED_IN),
			new Story("Family voice in IEP meetings", false, "What I said in the circle stayed there",
					"I told a story of a meeting that went badly, and for the first time I did not feel judged.",
					EnumSet.of(ValueCycle.IMMEDIATE), "", List.of(), StoryVisibility.COMMUNITY),
			new Story("Inclusive early learning, across levels", true, "State guidance rewritten with teachers",
					"Preschool teachers read the draft state guidance with us and the state team rewrote two sections "
							+ "around what they said.",
					EnumSet.of(ValueCycle.APPLIED, ValueCycle.REALIZED, ValueCycle.REFRAMING),
					"The revised guidance names family routines as a setting for inclusion.",
					List.of("https://example.org/early-learning-guidance"), StoryVisibility.SIGNED_IN),
			new Story("Rural telepractice network", false, "Fewer missed therapy sessions",
					"Sharing how we set up sessions with families cut missed sessions in our district by a third this term.",
					EnumSet.of(ValueCycle.APPLIED, ValueCycle.REALIZED), "Attendance logs, September to November.",
					List.of(), StoryVisibility.SIGNED_IN),
			new Story("Rural telepractice network", true, "A glossary families asked for",
					"Families new to therapy online asked what our words mean; the glossary is now part of every welcome.",
					EnumSet.of(ValueCycle.POTENTIAL), "", List.of(), StoryVisibility.COMMUNITY),
			new Story("Restraint-free schools", true, "A crisis that did not happen",
					"A new principal used the de-escalation plan we wrote together, and the afternoon ended calmly.",
					EnumSet.of(ValueCycle.APPLIED, ValueCycle.REALIZED), "", List.of(), StoryVisibility.COMMUNITY),
			new Story("Paraprofessionals learning together", false, "We stopped measuring success by quiet classrooms",
					"Talking through our days, we saw that we praised quiet more than learning, and changed what we look for.",
					EnumSet.of(ValueCycle.REFRAMING, ValueCycle.IMMEDIATE), "", List.of(), StoryVisibility.SIGNED_IN));

	private final CommunityService communities;
	private final MembershipService memberships;
	private final ValueStoryService stories;
	private final EndorsementService endorsements;
	private final People people;

	DemoRecognition(CommunityService communities, MembershipService memberships, ValueStoryService stories,
			EndorsementService endorsements, People people) {
		this.communities = communities;
		this.memberships = memberships;
		this.stories = stories;
		this.endorsements = endorsements;
		this.people = people;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void seed() {
		Map<String, Long> ids = communities.browse(new CommunityQuery(null, null, null, null), PageRequest.of(0, 100))
				.getContent().stream().collect(Collectors.toMap(CommunityView::name, CommunityView::id));
		for (Story story : STORIES) {
			long community = ids.get(story.community());
			long authorId = story.byConvener()
					? communities.convenerIds(community).getFirst()
					: Collections.min(memberships.activeMemberIds(community).stream()
							.filter(m -> !communities.convenerIds(community).contains(m)).toList());
			AccountPrincipal author = new AccountPrincipal(null, authorId, "", Set.of(Role.MEMBER), null, false);
			stories.write(author, new ValueStoryDraft(community, story.title(), story.body(), story.cycles(),
					communities.charterIssueIds(community), story.evidence(), story.links(), story.visibility(), null));
		}
		long sponsorId = people.practitionerIdByEmail("sponsor@example.org").orElseThrow();
		AccountPrincipal sponsor = new AccountPrincipal(null, sponsorId, "sponsor@example.org", Set.of(Role.SPONSOR),
				null, false);
		long convener = people.practitionerIdByEmail("convener@example.org").orElseThrow();
		endorsements.endorse(sponsor, new EndorsementDraft(convener,
				"Rosa brings families and state teams to the same table and makes it safe for families to speak first.",
				"A small grant for the monthly gatherings next year.", SupportKind.FUNDING));
		endorsements.endorse(sponsor, new EndorsementDraft(convener,
				"Her early learning community connected national guidance with what preschool teachers live each day.",
				"We will feature the community in our annual report.", SupportKind.VISIBILITY));
	}
}
