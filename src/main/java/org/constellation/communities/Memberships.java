package org.constellation.communities;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Memberships extends JpaRepository<Membership, Long> {

	Optional<Membership> findByCommunityIdAndPractitionerId(long communityId, long practitionerId);

	Page<Membership> findByCommunityIdAndStatusOrderByConvenerDescParticipationAscIdAsc(long communityId,
			MembershipStatus status, Pageable pageable);

	Page<Membership> findByCommunityIdAndStatusAndParticipationOrderByConvenerDescIdAsc(long communityId,
			MembershipStatus status, Participation participation, Pageable pageable);

	List<Membership> findByCommunityIdAndStatusOrderByCreatedAt(long communityId, MembershipStatus status);

	/*
	 * Native, like participationCounts: Hibernate translates a query with a list
	 * parameter from HQL to SQL again on every call (it caches no plan for it).
	 */
	@Query(value = "select * from memberships where community_id in (?1) and convener = true and status = 'ACTIVE'", nativeQuery = true)
	List<Membership> activeConveners(Collection<Long> communityIds);

	List<Membership> findByPractitionerIdAndStatusOrderByUpdatedAtDesc(long practitionerId, MembershipStatus status);

	@Query("select m.practitionerId from Membership m where m.communityId = ?1 and m.status = 'ACTIVE'")
	List<Long> activeMemberIds(long communityId);

	@Query("select m.practitionerId from Membership m where m.communityId = ?1 and m.status <> 'LEFT'")
	List<Long> involvedIds(long communityId);

	@Query("select m.communityId from Membership m where m.practitionerId = ?1 and m.status = 'ACTIVE'")
	List<Long> activeCommunityIds(long practitionerId);

	/** The communities a person is in, invited to or has asked to join. */
	@Query("select m.communityId from Membership m where m.practitionerId = ?1 and m.status in ('ACTIVE', 'INVITED', 'REQUESTED')")
	List<Long> joinedOrAskedCommunityIds(long practitionerId);

	/** Rows of community id, participation (its name) and count. */
	@Query(value = "select community_id, participation, count(*) from memberships where community_id in (?1) and status = 'ACTIVE' group by community_id, participation", nativeQuery = true)
	List<Object[]> participationCounts(Collection<Long> communityIds);

	@Query("select count(m) from Membership m where m.communityId = ?1 and m.status = 'REQUESTED'")
	long pendingRequests(long communityId);

	record StatusAndRole(MembershipStatus status, boolean convener) {
	}

	@Query("select new org.constellation.communities.Memberships$StatusAndRole(m.status, m.convener) from Membership m where m.communityId = ?1 and m.practitionerId = ?2")
	Optional<StatusAndRole> standingOf(long communityId, long practitionerId);

	/**
	 * A person's active memberships and invitations, with each community's name and
	 * how many ask to join it: the home page's statement about communities.
	 */
	record OnHome(long communityId, String name, MembershipStatus status, boolean convener, long requests) {
	}

	@Query("select new org.constellation.communities.Memberships$OnHome(c.id, c.name, m.status, m.convener, "
			+ "(select count(r) from Membership r where r.communityId = c.id and r.status = 'REQUESTED')) "
			+ "from Membership m, Community c where c.id = m.communityId and m.practitionerId = ?1 "
			+ "and m.status in ('ACTIVE', 'INVITED', 'REQUESTED') order by c.name, c.id")
	List<OnHome> onHome(long practitionerId);

	boolean existsByPractitionerIdAndConvenerTrueAndStatus(long practitionerId, MembershipStatus status);

	@Query(value = "select p.id from org.constellation.people.Practitioner p where p.id in (select m.practitionerId from Membership m "
			+ "where m.convener = true and m.status = 'ACTIVE') order by lower(p.displayName), p.id", countQuery = "select count(distinct m.practitionerId) from Membership m where m.convener = true and m.status = 'ACTIVE'")
	org.springframework.data.domain.Page<Long> convenersByName(Pageable pageable);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.practitionerId in ?1 and m.convener = true and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> convenedBy(Collection<Long> practitionerIds);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.communityId in ?1 and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> joinedIn(Collection<Long> communityIds);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.practitionerId in ?1 and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> joinedBy(Collection<Long> practitionerIds);
}
