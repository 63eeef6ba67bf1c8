package org.constellation.conversations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.communities.CommunitySearchSource;
import org.constellation.communities.SearchHit;
import org.constellation.shared.Ref;
import org.constellation.shared.TextSearch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds threads and replies of a community by their words: full-text search on
 * PostgreSQL, LIKE on H2. The search page has asked the access policy first.
 */
@Component
@Transactional(readOnly = true)
class ConversationSearch implements CommunitySearchSource {

	private static final int EXCERPT = 200;

	private final Threads threads;
	private final Replies replies;
	private final TextSearch textSearch;

	ConversationSearch(Threads threads, Replies replies, TextSearch textSearch) {
		this.threads = threads;
		this.replies = replies;
		this.textSearch = textSearch;
	}

	@Override
	public List<SearchHit> search(long communityId, String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<ConversationThread> foundThreads;
		List<Reply> foundReplies;
		if (textSearch.fullText()) {
			foundThreads = threads.fullText(communityId, text.strip(), limit);
			foundReplies = replies.fullText(communityId, text.strip(), limit);
		} else {
			String pattern = TextSearch.likePattern(text);
			foundThreads = threads.like(communityId, pattern, limit);
			foundReplies = replies.like(communityId, pattern, limit);
		}
		Map<Long, String> repliedTo = foundReplies.isEmpty()
				? Map.of()
				: threads.titles(foundReplies.stream().map(Reply::getThreadId).distinct().toList()).stream()
						.collect(Collectors.toMap(Ref::id, Ref::name));
		List<SearchHit> hits = new ArrayList<>();
		foundThreads.forEach(t -> hits.add(new SearchHit("thread", t.getTitle(), excerpt(t.getBody()),
				"/threads/" + t.getId(), t.getLastActivityAt())));
		foundReplies.stream().filter(r -> repliedTo.containsKey(r.getThreadId()))
				.forEach(r -> hits.add(new SearchHit("reply", repliedTo.get(r.getThreadId()), excerpt(r.getBody()),
						"/threads/" + r.getThreadId(), r.getCreatedAt())));
		return hits.stream().sorted(Comparator.comparing(SearchHit::at).reversed()).limit(limit).toList();
	}

	private static String excerpt(String markdown) {
		String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
		return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT - 1) + "\u2026";
	}
}
