package org.constellation.conversations;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Replies extends JpaRepository<Reply, Long> {

	Page<Reply> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId, Pageable pageable);

	@Modifying(clearAutomatically = true)
	@Query("update Reply r set r.helped = ?2 where r.id = ?1")
	int markHelped(long id, boolean helped);

	@Query(value = "select r.* from replies r join threads t on t.id = r.thread_id where t.community_id = ?1 and r.search_vector @@ plainto_tsquery('simple', ?2) order by r.created_at desc limit ?3", nativeQuery = true)
	List<Reply> fullText(long communityId, String text, int limit);

	@Query("select r from Reply r, ConversationThread t where t.id = r.threadId and t.communityId = ?1 and lower(r.body) like ?2 escape '\\' order by r.createdAt desc limit ?3")
	List<Reply> like(long communityId, String pattern, int limit);
}
