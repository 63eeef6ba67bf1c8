package org.constellation.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.constellation.communities.CommunityQuery;
import org.constellation.communities.CommunityService;
import org.constellation.communities.CommunityView;
import org.constellation.communities.MembershipService;
import org.constellation.conversations.ConversationService;
import org.constellation.conversations.ReplyDraft;
import org.constellation.conversations.ReplyKind;
import org.constellation.conversations.ThreadDraft;
import org.constellation.conversations.ThreadKind;
import org.constellation.conversations.ThreadView;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Conversations in each demo community, started and answered by its own
 * members, the same each time the demo is loaded.
 */
@Component
class DemoConversations implements DemoSeed {

	private record Opening(ThreadKind kind, String title, String body) {
	}

	private record Answer(ReplyKind kind, String body) {
	}

	private static final List<Opening> OPENINGS = List.of(
			new Opening(ThreadKind.QUESTION, "How do you open a meeting with a family who is angry?",
					"Last week a father arrived at our planning meeting already upset about the bus schedule. "
							+ "We never got to the plan itself.\n\nWhat do you say in the **first five minutes**, "
							+ "before the agenda, so people feel heard?"),
			new Opening(ThreadKind.CHALLENGE, "Two good goals that pull against each other",
					"Our district wants every student in general classes as much as possible, and our therapists "
							+ "want quiet time for focused work. Both are right.\n\nI do not think this has a "
							+ "simple answer. How have you held both?"),
			new Opening(ThreadKind.STORY, "The day a student ran the meeting about her own plan",
					"Maya is fourteen. This spring she asked to lead her own meeting. She made slides, she "
							+ "asked her teachers questions, and she told us what helps her on hard days.\n\n"
							+ "Nobody in the room will forget it. I would love to hear what you notice in it."),
			new Opening(ThreadKind.CASE_REVIEW, "Our peer-mentoring pilot: what worked and what did not",
					"We paired twelve new teachers with experienced ones for a year.\n\n"
							+ "- **Worked:** monthly visits to each other's classrooms.\n"
							+ "- **Did not work:** the shared online log. Nobody wrote in it after October.\n"
							+ "- **Still unsure:** whether pairs should cross schools.\n\n"
							+ "What would you have done differently?"),
			new Opening(ThreadKind.IDEA, "A shared glossary of the words families find confusing",
					"Families keep telling us that our letters are full of words nobody explains. "
							+ "What if we wrote, together, a short list in plain language, and each of us "
							+ "tried it in one letter this month?"),
			new Opening(ThreadKind.QUESTION, "What do you read before a hard conversation?",
					"Is there a short piece you go back to before a meeting you are dreading? "
							+ "I keep a paragraph on listening pinned above my desk."),
			new Opening(ThreadKind.STORY, "A state official came to listen, not to talk",
					"She sat at the back of our parent night, took notes, and at the end asked only one "
							+ "question: what would make this easier next year? Three changes followed."),
			new Opening(ThreadKind.CHALLENGE, "Keeping momentum when half the group changes every year",
					"Every autumn a third of our members move on. How do you keep what the community has "
							+ "learned when the people who learned it leave?"));

	private static final List<Answer> ANSWERS = List.of(
			new Answer(ReplyKind.BUILDS_ON,
					"And one thing that helped us: we start by naming what everyone in the room wants for the "
							+ "child. It changes the temperature at once."),
			new Answer(ReplyKind.BUILDS_ON,
					"And to add to that, we ask the family beforehand who they would like to bring. Having "
							+ "a friend or an advocate there made a real difference."),
			new Answer(ReplyKind.CLARIFYING_QUESTION,
					"Can I ask how often the group met? I wonder whether the rhythm mattered more than the format."),
			new Answer(ReplyKind.CLARIFYING_QUESTION,
					"When you say it did not work, do you mean people stopped coming, or that they came but "
							+ "nothing changed?"),
			new Answer(ReplyKind.RESOURCE,
					"This short guide on family-centred meetings helped our team: "
							+ "[Family engagement framework](https://www.example.org/family-engagement). "
							+ "Pages 4 to 7 are the useful part."),
			new Answer(ReplyKind.RESOURCE,
					"We keep a one-page template for reviewing a case, with a box for *what surprised us*. "
							+ "Happy to share it."),
			new Answer(ReplyKind.REFLECTION,
					"Reading this, I realise I rush the first minutes because I am nervous myself. "
							+ "I want to try slowing down next week."),
			new Answer(ReplyKind.REFLECTION,
					"This brings back my first year. What I needed most was someone who had failed at the "
							+ "same thing and said so."),
			new Answer(ReplyKind.BUILDS_ON,
					"And it might be worth asking the students themselves. Ours had ideas we never thought of."));

	private final CommunityService communities;
	private final MembershipService memberships;
	private final ConversationService conversations;

	DemoConversations(CommunityService communities, MembershipService memberships, ConversationService conversations) {
		this.communities = communities;
		this.memberships = memberships;
		this.conversations = conversations;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void seed() {
		Random random = new Random(20);
		List<CommunityView> all = communities.browse(new CommunityQuery(null, null, null, null), PageRequest.of(0, 50))
				.getContent();
		for (CommunityView view : all) {
			long communityId = view.id();
			List<Long> members = new ArrayList<>(memberships.activeMemberIds(communityId));
			if (members.size() < 2) {
				continue;
			}
			members.sort(Long::compare);
			List<Opening> openings = new ArrayList<>(OPENINGS);
			Collections.shuffle(openings, random);
			int threads = 2 + random.nextInt(3);
			for (int i = 0; i < threads; i++) {
				Opening opening = openings.get(i);
				AccountPrincipal author = member(members.get(random.nextInt(members.size())));
				ThreadView thread = conversations.start(author, communityId,
						new ThreadDraft(opening.kind(), opening.title(), opening.body(), null));
				int replies = random.nextInt(5);
				for (int j = 0; j < replies; j++) {
					Answer answer = ANSWERS.get(random.nextInt(ANSWERS.size()));
					long replier = members.get(random.nextInt(members.size()));
					var posted = conversations.reply(member(replier), thread.id(),
							new ReplyDraft(answer.kind(), answer.body(), null));
					if (replier != thread.authorId() && random.nextInt(3) == 0) {
						conversations.markHelped(author, posted.reply().id(), true);
					}
				}
			}
		}
	}

	private static AccountPrincipal member(long practitionerId) {
		return new AccountPrincipal(null, practitionerId, null, Set.of(Role.MEMBER), null, false);
	}
}
