package org.constellation.journeys;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalEntries extends JpaRepository<JournalEntry, Long> {

	@Query(value = "select e from JournalEntry e where e.practitionerId = ?1 order by e.writtenAt desc, e.id desc", countQuery = "select count(e) from JournalEntry e where e.practitionerId = ?1")
	Page<JournalEntry> ofAuthor(long practitionerId, Pageable pageable);

	/**
	 * The entries shared into a partnership, newest share first, with the share.
	 */
	@Query("select e, s.sharedAt from JournalEntry e join JournalShare s on s.entryId = e.id where s.partnershipId = ?1 order by s.sharedAt desc, e.id desc")
	List<Object[]> sharedIn(long partnershipId, Pageable pageable);

	@Query("select count(s) from JournalShare s where s.partnershipId = ?1")
	long countSharedIn(long partnershipId);

	@Query("select e, s.sharedAt from JournalEntry e join JournalShare s on s.entryId = e.id where s.partnershipId = ?1 and e.practitionerId = ?2 order by s.sharedAt, e.id")
	List<Object[]> sharedBy(long partnershipId, long practitionerId);
}
