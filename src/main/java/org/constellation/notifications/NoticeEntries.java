package org.constellation.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeEntries extends JpaRepository<NoticeEntry, Long> {

	Page<NoticeEntry> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	@Query("select count(n) from NoticeEntry n where n.recipientId = ?1 and n.readAt is null and n.topic in ?2")
	long countUnreadAbout(long recipientId, Collection<Topic> topics);

	@Query("select count(n) from NoticeEntry n where n.recipientId = :recipient and n.id in :ids")
	long countOwned(@Param("recipient") long recipientId, @Param("ids") Collection<Long> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NoticeEntry n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") long recipientId, @Param("now") Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NoticeEntry n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null and n.id in :ids")
	int markRead(@Param("recipient") long recipientId, @Param("ids") Collection<Long> ids, @Param("now") Instant now);

	/** Takes one notice for mailing; 0 when another node already took it. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NoticeEntry n set n.mailedAt = :now where n.id = :id and n.mailedAt is null")
	int claimForMail(@Param("id") long id, @Param("now") Instant now);

	/** Gives back a claim whose mail could not be sent, for the hourly check. */
	@Modifying
	@Query("update NoticeEntry n set n.mailedAt = null where n.id = :id")
	int releaseMail(@Param("id") long id);

	@Query("select n.id from NoticeEntry n where n.delivery = :immediately and n.mailedAt is null and n.createdAt < :before order by n.id")
	List<Long> unmailed(@Param("immediately") Delivery immediately, @Param("before") Instant before);

	@Query("select distinct n.recipientId from NoticeEntry n where n.delivery = :daily and n.digestedAt is null")
	List<Long> awaitingDigest(@Param("daily") Delivery daily);

	@Query("select max(n.digestedAt) from NoticeEntry n where n.recipientId = :recipient")
	Instant lastDigestAt(@Param("recipient") long recipientId);

	/**
	 * Takes every waiting daily notice of one person for one digest, in one
	 * statement: of two nodes running the digest at once, only one gets rows.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update NoticeEntry n set n.digestedAt = :now, n.digestClaim = :claim
			where n.recipientId = :recipient and n.delivery = :daily and n.digestedAt is null
			and not exists (select m.id from NoticeEntry m where m.recipientId = :recipient and m.digestedAt > :since)""")
	int claimForDigest(@Param("recipient") long recipientId, @Param("daily") Delivery daily,
			@Param("since") Instant since, @Param("now") Instant now, @Param("claim") String claim);

	List<NoticeEntry> findByDigestClaimOrderByCreatedAtAscIdAsc(String claim);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NoticeEntry n set n.digestedAt = null, n.digestClaim = null where n.digestClaim = :claim")
	int releaseDigestClaim(@Param("claim") String claim);

	/**
	 * Notices waiting for a digest whose topic is no longer mailed daily stay in
	 * the inbox and leave the digest.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update NoticeEntry n set n.delivery = :off
			where n.recipientId = :recipient and n.topic in :topics and n.delivery = :daily and n.digestedAt is null""")
	int leaveDigest(@Param("recipient") long recipientId, @Param("topics") Collection<Topic> topics,
			@Param("daily") Delivery daily, @Param("off") Delivery off);
}
