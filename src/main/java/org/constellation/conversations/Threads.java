package org.constellation.conversations;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Threads extends JpaRepository<ConversationThread, Long> {

	Page<ConversationThread> findByCommunityIdOrderByLastActivityAtDescIdDesc(long communityId, Pageable pageable);

	/** The latest threads alone, without counting them all as a page would. */
	@Query("select t from ConversationThread t where t.communityId = ?1 order by t.lastActivityAt desc, t.id desc limit ?2")
	List<ConversationThread> latest(long communityId, int count);

	Page<ConversationThread> findByCommunityIdAndKindOrderByLastActivityAtDescIdDesc(long communityId, ThreadKind kind,
			Pageable pageable);

	@Modifying
	@Query("update ConversationThread t set t.replyCount = t.replyCount + 1, t.lastActivityAt = ?2 where t.id = ?1")
	int replied(long id, Instant at);

	/**
	 * Threads started and replies written in the community since then, in one
	 * statement.
	 */
	@Query(value = """
			select (select count(*) from threads t where t.community_id = ?1 and t.author_id = ?2 and t.created_at >= ?3)
			     + (select count(*) from replies r join threads t on t.id = r.thread_id
			        where t.community_id = ?1 and r.author_id = ?2 and r.created_at >= ?3)
			""", nativeQuery = true)
	long countWrittenSince(long communityId, long authorId, Instant since);

	/**
	 * The stored words of db/vendor/postgresql/V17_1, among the community's
	 * threads.
	 */
	@Query(value = "select t.* from threads t where t.community_id = ?1 and t.search_vector @@ plainto_tsquery('simple', ?2) order by t.last_activity_at desc limit ?3", nativeQuery = true)
	List<ConversationThread> fullText(long communityId, String text, int limit);

	/** Titles only: a search shows each reply under its thread's title. */
	@Query("select t.id as id, t.title as name from ConversationThread t where t.id in ?1")
	List<org.constellation.shared.Ref> titles(java.util.Collection<Long> ids);

	@Query("select t from ConversationThread t where t.communityId = ?1 and (lower(t.title) like ?2 escape '\\' or lower(t.body) like ?2 escape '\\') order by t.lastActivityAt desc limit ?3")
	List<ConversationThread> like(long communityId, String pattern, int limit);
}
