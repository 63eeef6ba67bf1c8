package org.constellation.conversations;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Standing;
import org.constellation.communities.Visibility;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations module's API: threads and replies in a community, marks of
 * what helped, following, and the notices they cause. Who may read and write is
 * asked of {@link CommunityAccess}, and asked again for each person before a
 * notice about the community leaves.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ConversationService {

	public static final int REPLIES_PER_PAGE = 20;

	private final Threads threads;
	private final Replies replies;
	private final Follows follows;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final People people;
	private final Notifications notifications;
	private final Validator validator;
	private final Clock clock;

	ConversationService(Threads threads, Replies replies, Follows follows, CommunityAccess access,
			CommunityService communities, MembershipService memberships, People people, Notifications notifications,
			Validator validator, Clock clock) {
		this.threads = threads;
		this.replies = replies;
		this.follows = follows;
		this.access = access;
		this.communities = communities;
		this.memberships = memberships;
		this.people = people;
		this.notifications = notifications;
		this.validator = validator;
		this.clock = clock;
	}

	// Reading

	/** A community's threads, most recently active first. */
	public Page<ThreadSummary> threads(AccountPrincipal viewer, long communityId, ThreadKind kind, Pageable pageable) {
		access.requireRead(viewer, communityId);
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		Page<ConversationThread> page = kind == null
				? threads.findByCommunityIdOrderByLastActivityAtDescIdDesc(communityId, unsorted)
				: threads.findByCommunityIdAndKindOrderByLastActivityAtDescIdDesc(communityId, kind, unsorted);
		return summaries(page);
	}

	/**
	 * The most recently active threads, for the community's home page: the caller
	 * has already asked the access policy.
	 */
	List<ThreadSummary> recent(long communityId, int count) {
		return summaries(threads.latest(communityId, count));
	}

	private Page<ThreadSummary> summaries(Page<ConversationThread> page) {
		return new PageImpl<>(summaries(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	private List<ThreadSummary> summaries(List<ConversationThread> found) {
		Map<Long, String> names = people
				.authorNames(found.stream().map(ConversationThread::getAuthorId).distinct().toList());
		return found.stream()
				.map(t -> new ThreadSummary(t.getId(), t.getCommunityId(), t.getKind(), t.getTitle(), t.getAuthorId(),
						names.get(t.getAuthorId()), t.getReplyCount(), t.getCreatedAt(), t.getLastActivityAt()))
				.toList();
	}

	public ThreadView thread(AccountPrincipal viewer, long threadId) {
		ConversationThread thread = find(threadId);
		Standing standing = access.requireRead(viewer, thread.getCommunityId());
		return view(viewer, thread, standing);
	}

	private ThreadView view(AccountPrincipal viewer, ConversationThread t, Standing standing) {
		Readers readers = readers(standing);
		String author = people.authorNames(List.of(t.getAuthorId())).get(t.getAuthorId());
		boolean following = viewer.practitionerId() != null
				&& follows.followsThread(t.getId(), viewer.practitionerId());
		return new ThreadView(t.getId(), t.getCommunityId(), readers.communityName(), t.getKind(), t.getTitle(),
				t.getBody(), t.getBodyHtml(), t.getAuthorId(), author, t.getReplyCount(), t.getCreatedAt(),
				t.getUpdatedAt(), t.getLastActivityAt(), t.getVersion(),
				t.getAuthorId().equals(viewer.practitionerId()), following, standing.canContribute(), readers);
	}

	/** A community's conversations as this reader meets them. */
	public Space space(AccountPrincipal viewer, long communityId) {
		Standing standing = access.requireRead(viewer, communityId);
		return new Space(communityId, readers(standing), standing.canContribute(),
				followsCommunity(viewer, communityId));
	}

	private Readers readers(Standing standing) {
		// the name alone: the whole community would bring its charter's collections
		// along
		String name = communities.name(standing.communityId());
		boolean everyone = standing.visibility() == Visibility.PUBLIC;
		int members = everyone ? 0 : memberships.activeMemberIds(standing.communityId()).size();
		return new Readers(everyone, members, name);
	}

	/** A thread's replies, oldest first. */
	public Page<ReplyView> replies(AccountPrincipal viewer, long threadId, Pageable pageable) {
		ConversationThread thread = find(threadId);
		access.requireRead(viewer, thread.getCommunityId());
		Page<Reply> page = replies.findByThreadIdOrderByCreatedAtAscIdAsc(threadId,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		Map<Long, String> names = people
				.authorNames(page.getContent().stream().map(Reply::getAuthorId).distinct().toList());
		return page.map(r -> view(viewer, r, names.get(r.getAuthorId())));
	}

	/** A reply with its thread, as its author edits it. */
	public ReplyView reply(AccountPrincipal viewer, long replyId) {
		Reply reply = findReply(replyId);
		access.requireRead(viewer, find(reply.getThreadId()).getCommunityId());
		return view(viewer, reply, people.authorNames(List.of(reply.getAuthorId())).get(reply.getAuthorId()));
	}

	private static ReplyView view(AccountPrincipal viewer, Reply r, String authorName) {
		return new ReplyView(r.getId(), r.getThreadId(), r.getKind(), r.getBody(), r.getBodyHtml(), r.getAuthorId(),
				authorName, r.isHelped(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(),
				r.getAuthorId().equals(viewer.practitionerId()));
	}

	public boolean followsCommunity(AccountPrincipal viewer, long communityId) {
		return viewer.practitionerId() != null && follows.followsCommunity(communityId, viewer.practitionerId());
	}

	// Writing

	@Transactional
	public ThreadView start(AccountPrincipal viewer, long communityId, ThreadDraft draft) {
		Standing standing = access.requireContribute(viewer, communityId);
		validate(draft);
		Instant now = clock.instant();
		Map<Long, String> members = membersIfMentioning(communityId, draft.body());
		List<Mentions.Mention> mentions = Mentions.find(draft.body(), members);
		ConversationThread thread = threads.save(new ConversationThread(communityId, viewer.practitionerId(),
				draft.kind(), draft.title().strip(), draft.body(), render(draft.body(), mentions), now));
		follows.followThread(thread.getId(), viewer.practitionerId(), now);
		follows.followCommunity(communityId, viewer.practitionerId(), now);
		communities.touch(communityId);
		String communityName = communities.name(communityId);
		String author = people.displayNames(List.of(viewer.practitionerId())).get(viewer.practitionerId());
		String link = "/threads/" + thread.getId();
		Set<Long> mentioned = Mentions.people(mentions);
		List<Notice> notices = new ArrayList<>();
		mentioned.stream().filter(id -> !id.equals(viewer.practitionerId()))
				.forEach(id -> notices.add(new Notice(id, Topic.MENTION,
						author + " mentioned you in \u201c" + thread.getTitle() + "\u201d",
						author + " mentioned you in a new conversation in " + communityName + ".", link)));
		follows.communityFollowers(communityId).stream()
				.filter(id -> !id.equals(viewer.practitionerId()) && !mentioned.contains(id))
				.forEach(id -> notices
						.add(new Notice(id, Topic.NEW_THREAD, "New in " + communityName + ": " + thread.getTitle(),
								author + " started a conversation in " + communityName + ".", link)));
		send(communityId, notices);
		return view(viewer, thread, standing);
	}

	@Transactional
	public ThreadView edit(AccountPrincipal viewer, long threadId, ThreadDraft draft) {
		ConversationThread thread = find(threadId);
		Standing standing = access.requireRead(viewer, thread.getCommunityId());
		if (!thread.getAuthorId().equals(viewer.practitionerId())) {
			throw new ForbiddenException("Only the person who started a conversation can edit it");
		}
		validate(draft);
		requireVersion(draft.version(), thread.getVersion(), ConversationThread.class, threadId);
		Map<Long, String> members = membersIfMentioning(thread.getCommunityId(), draft.body());
		List<Mentions.Mention> mentions = Mentions.find(draft.body(), members);
		Set<Long> before = Mentions.people(Mentions.find(thread.getBody(), members));
		thread.change(draft.kind(), draft.title().strip(), draft.body(), render(draft.body(), mentions),
				clock.instant());
		threads.saveAndFlush(thread);
		notifyNewlyMentioned(viewer, thread, mentions, before, "/threads/" + threadId);
		return view(viewer, thread, standing);
	}

	@Transactional
	public PostedReply reply(AccountPrincipal viewer, long threadId, ReplyDraft draft) {
		ConversationThread thread = find(threadId);
		long communityId = thread.getCommunityId();
		access.requireContribute(viewer, communityId);
		validate(draft);
		Instant now = clock.instant();
		Map<Long, String> members = membersIfMentioning(communityId, draft.body());
		List<Mentions.Mention> mentions = Mentions.find(draft.body(), members);
		Reply reply = replies.save(new Reply(threadId, viewer.practitionerId(), draft.kind(), draft.body(),
				render(draft.body(), mentions), now));
		threads.replied(threadId, now);
		follows.followThread(threadId, viewer.practitionerId(), now);
		communities.touch(communityId);
		String author = people.displayNames(List.of(viewer.practitionerId())).get(viewer.practitionerId());
		int page = thread.getReplyCount() / REPLIES_PER_PAGE;
		String link = "/threads/" + threadId + (page > 0 ? "?page=" + page : "") + "#reply-" + reply.getId();
		Set<Long> mentioned = Mentions.people(mentions);
		List<Notice> notices = new ArrayList<>();
		mentioned.stream().filter(id -> !id.equals(viewer.practitionerId()))
				.forEach(id -> notices.add(new Notice(id, Topic.MENTION,
						author + " mentioned you in \u201c" + thread.getTitle() + "\u201d",
						author + " mentioned you in a reply.", link)));
		follows.threadFollowers(threadId).stream()
				.filter(id -> !id.equals(viewer.practitionerId()) && !mentioned.contains(id))
				.forEach(id -> notices.add(new Notice(id, Topic.REPLY, "New reply: " + thread.getTitle(),
						author + " replied to \u201c" + thread.getTitle() + "\u201d.", link)));
		send(communityId, notices);
		return new PostedReply(view(viewer, reply, author), Suggestions.forReply(draft.body()), page);
	}

	@Transactional
	public ReplyView editReply(AccountPrincipal viewer, long replyId, ReplyDraft draft) {
		Reply reply = findReply(replyId);
		ConversationThread thread = find(reply.getThreadId());
		access.requireRead(viewer, thread.getCommunityId());
		if (!reply.getAuthorId().equals(viewer.practitionerId())) {
			throw new ForbiddenException("Only the person who wrote a reply can edit it");
		}
		validate(draft);
		requireVersion(draft.version(), reply.getVersion(), Reply.class, replyId);
		Map<Long, String> members = membersIfMentioning(thread.getCommunityId(), draft.body());
		List<Mentions.Mention> mentions = Mentions.find(draft.body(), members);
		Set<Long> before = Mentions.people(Mentions.find(reply.getBody(), members));
		reply.change(draft.kind(), draft.body(), render(draft.body(), mentions), clock.instant());
		replies.saveAndFlush(reply);
		notifyNewlyMentioned(viewer, thread, mentions, before, "/threads/" + thread.getId() + "#reply-" + replyId);
		return view(viewer, reply, people.authorNames(List.of(reply.getAuthorId())).get(reply.getAuthorId()));
	}

	/**
	 * The asker says a reply helped them, or takes it back; doing it twice changes
	 * nothing.
	 */
	@Transactional
	public ReplyView markHelped(AccountPrincipal viewer, long replyId, boolean helped) {
		Reply reply = findReply(replyId);
		ConversationThread thread = find(reply.getThreadId());
		access.requireRead(viewer, thread.getCommunityId());
		if (!thread.getAuthorId().equals(viewer.practitionerId())) {
			throw new ForbiddenException("Only the person who started the conversation can say a reply helped them");
		}
		if (reply.getAuthorId() != null && reply.getAuthorId().equals(viewer.practitionerId())) {
			// "helped the asker" is what others' replies did for them
			throw new InvalidInputException("helped", "Your own reply cannot be the one that helped you");
		}
		replies.markHelped(replyId, helped);
		return reply(viewer, replyId);
	}

	@Transactional
	public ThreadView followThread(AccountPrincipal viewer, long threadId, boolean follow) {
		ConversationThread thread = find(threadId);
		Standing standing = access.requireRead(viewer, thread.getCommunityId());
		requirePractitioner(viewer);
		if (follow) {
			follows.followThread(threadId, viewer.practitionerId(), clock.instant());
		} else {
			follows.unfollowThread(threadId, viewer.practitionerId());
		}
		return view(viewer, thread, standing);
	}

	@Transactional
	public boolean followCommunity(AccountPrincipal viewer, long communityId, boolean follow) {
		access.requireRead(viewer, communityId);
		requirePractitioner(viewer);
		if (follow) {
			follows.followCommunity(communityId, viewer.practitionerId(), clock.instant());
		} else {
			follows.unfollowCommunity(communityId, viewer.practitionerId());
		}
		return follow;
	}

	// Helpers

	private ConversationThread find(long threadId) {
		return threads.findById(threadId).orElseThrow(() -> new NotFoundException("Conversation " + threadId));
	}

	private Reply findReply(long replyId) {
		return replies.findById(replyId).orElseThrow(() -> new NotFoundException("Reply " + replyId));
	}

	/**
	 * The members' names are only looked up when the text could mention someone.
	 */
	private Map<Long, String> membersIfMentioning(long communityId, String body) {
		if (body == null || body.indexOf('@') < 0) {
			return Map.of();
		}
		return people.displayNames(memberships.activeMemberIds(communityId));
	}

	private static String render(String body, List<Mentions.Mention> mentions) {
		return Markdown.toSafeHtml(Mentions.linked(body, mentions));
	}

	private void notifyNewlyMentioned(AccountPrincipal viewer, ConversationThread thread,
			List<Mentions.Mention> mentions, Set<Long> before, String link) {
		String author = people.displayNames(List.of(viewer.practitionerId())).get(viewer.practitionerId());
		send(thread.getCommunityId(),
				Mentions.people(mentions).stream()
						.filter(id -> !id.equals(viewer.practitionerId()) && !before.contains(id))
						.map(id -> new Notice(id, Topic.MENTION,
								author + " mentioned you in \u201c" + thread.getTitle() + "\u201d",
								author + " mentioned you in a conversation.", link))
						.toList());
	}

	/** Each notice leaves only for someone who may read the community now. */
	private void send(long communityId, Collection<Notice> notices) {
		Set<Long> allowed = new HashSet<>();
		for (Long recipient : notices.stream().map(Notice::recipientId).distinct().toList()) {
			if (access.canRead(recipient, communityId)) {
				allowed.add(recipient);
			}
		}
		notifications.sendAll(notices.stream().filter(n -> allowed.contains(n.recipientId())).toList());
	}

	private <T> void validate(T draft) {
		if (draft == null) {
			throw new InvalidInputException("body", "Write something first");
		}
		Set<ConstraintViolation<T>> violations = validator.validate(draft);
		violations.stream().sorted((a, b) -> order(a) - order(b)).findFirst().ifPresent(v -> {
			throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
		});
	}

	private static int order(ConstraintViolation<?> v) {
		return Stream.of("kind", "title", "body").toList().indexOf(v.getPropertyPath().toString());
	}

	private static void requireVersion(Long given, long current, Class<?> type, long id) {
		if (given != null && given != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** A sponsor alone is not a practitioner and follows nothing (see People). */
	private void requirePractitioner(AccountPrincipal viewer) {
		people.requirePractitioner(viewer);
	}
}
