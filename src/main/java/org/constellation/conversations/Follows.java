package org.constellation.conversations;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Who follows which thread and community. Following is an insert that does
 * nothing when the row is there, so doing it twice changes nothing.
 */
@Repository
class Follows {

	private final EntityManager em;

	Follows(EntityManager em) {
		this.em = em;
	}

	void followThread(long threadId, long practitionerId, Instant at) {
		em.createNativeQuery("insert into thread_follows (thread_id, practitioner_id, created_at) select ?1, ?2, ?3 "
				+ "where not exists (select 1 from thread_follows where thread_id = ?1 and practitioner_id = ?2)")
				.setParameter(1, threadId).setParameter(2, practitionerId).setParameter(3, at).executeUpdate();
	}

	void unfollowThread(long threadId, long practitionerId) {
		em.createNativeQuery("delete from thread_follows where thread_id = ?1 and practitioner_id = ?2")
				.setParameter(1, threadId).setParameter(2, practitionerId).executeUpdate();
	}

	boolean followsThread(long threadId, long practitionerId) {
		return !em.createNativeQuery("select 1 from thread_follows where thread_id = ?1 and practitioner_id = ?2")
				.setParameter(1, threadId).setParameter(2, practitionerId).getResultList().isEmpty();
	}

	List<Long> threadFollowers(long threadId) {
		return longs(em.createNativeQuery("select practitioner_id from thread_follows where thread_id = ?1")
				.setParameter(1, threadId).getResultList());
	}

	void followCommunity(long communityId, long practitionerId, Instant at) {
		em.createNativeQuery(
				"insert into community_follows (community_id, practitioner_id, created_at) select ?1, ?2, ?3 "
						+ "where not exists (select 1 from community_follows where community_id = ?1 and practitioner_id = ?2)")
				.setParameter(1, communityId).setParameter(2, practitionerId).setParameter(3, at).executeUpdate();
	}

	void unfollowCommunity(long communityId, long practitionerId) {
		em.createNativeQuery("delete from community_follows where community_id = ?1 and practitioner_id = ?2")
				.setParameter(1, communityId).setParameter(2, practitionerId).executeUpdate();
	}

	boolean followsCommunity(long communityId, long practitionerId) {
		return !em.createNativeQuery("select 1 from community_follows where community_id = ?1 and practitioner_id = ?2")
				.setParameter(1, communityId).setParameter(2, practitionerId).getResultList().isEmpty();
	}

	List<Long> communityFollowers(long communityId) {
		return longs(em.createNativeQuery("select practitioner_id from community_follows where community_id = ?1")
				.setParameter(1, communityId).getResultList());
	}

	private static List<Long> longs(List<?> rows) {
		return rows.stream().map(r -> ((Number) r).longValue()).toList();
	}
}
