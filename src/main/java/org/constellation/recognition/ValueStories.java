package org.constellation.recognition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ValueStories extends JpaRepository<ValueStory, Long>, JpaSpecificationExecutor<ValueStory> {

	@Query("select s.communityId, count(s) from ValueStory s where s.communityId in ?1 group by s.communityId")
	List<Object[]> countsIn(Collection<Long> communityIds);

	String VISIBLE = "s.visibility = org.constellation.recognition.StoryVisibility.SIGNED_IN";

	@Query("select count(s) from ValueStory s where " + VISIBLE)
	long visibleCount();

	@Query("select c, count(s) from ValueStory s join s.cycles c where " + VISIBLE + " group by c")
	List<Object[]> visibleCountsPerCycle();

	@Query("select c, count(s) from ValueStory s join s.cycles c where " + VISIBLE
			+ " and s.communityId = ?1 group by c")
	List<Object[]> visibleCountsPerCycleIn(long communityId);

	@Query("select s.createdAt from ValueStory s where " + VISIBLE)
	List<Instant> visibleWrittenAt();

	@Query("select s.createdAt from ValueStory s where " + VISIBLE + " and s.communityId = ?1")
	List<Instant> visibleWrittenAtIn(long communityId);

	/** Of one community, or of all when the community is null. */
	String VISIBLE_IN = VISIBLE + " and s.communityId = coalesce(?1, s.communityId)";

	/** A page of the stories made visible, in the page's order. */
	@Query("select s from ValueStory s where " + VISIBLE_IN)
	Slice<ValueStory> visible(Long communityId, Pageable pageable);

	/**
	 * The columns of the report's CSV, newest first: id, community, title, author,
	 * written; its cycles and issues come from the two queries below, so the whole
	 * list costs three queries and no story's text.
	 */
	@Query("select s.id, s.communityId, s.title, s.authorId, s.createdAt from ValueStory s where " + VISIBLE_IN
			+ " order by s.createdAt desc, s.id desc")
	List<Object[]> visibleRows(Long communityId);

	@Query("select s.id, c from ValueStory s join s.cycles c where " + VISIBLE_IN)
	List<Object[]> visibleCycles(Long communityId);

	@Query("select s.id, i from ValueStory s join s.issueIds i where " + VISIBLE_IN)
	List<Object[]> visibleIssues(Long communityId);

	@Query("select count(s) from ValueStory s where s.communityId = ?1 and (?2 = true or s.visibility = org.constellation.recognition.StoryVisibility.SIGNED_IN)")
	long countIn(long communityId, boolean includeCommunityOnly);
}
