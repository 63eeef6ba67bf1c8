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

	List<Membership> findByCommunityIdInAndConvenerTrueAndStatus(Collection<Long> communityIds,
			MembershipStatus status);

	List<Membership> findByPractitionerIdAndStatusOrderByUpdatedAtDesc(long practitionerId, MembershipStatus status);

	@Query("select m.practitionerId from Membership m where m.communityId = ?1 and m.status = 'ACTIVE'")
	List<Long> activeMemberIds(long communityId);

	@Query("select m.practitionerId from Membership m where m.communityId = ?1 and m.status <> 'LEFT'")
	List<Long> involvedIds(long communityId);

	@Query("select m.communityId from Membership m where m.practitionerId = ?1 and m.status = 'ACTIVE'")
	List<Long> activeCommunityIds(long practitionerId);

	@Query("select m.communityId, m.participation, count(m) from Membership m where m.communityId in ?1 and m.status = 'ACTIVE' group by m.communityId, m.participation")
	List<Object[]> participationCounts(Collection<Long> communityIds);

	@Query("select count(m) from Membership m where m.communityId = ?1 and m.status = 'REQUESTED'")
	long pendingRequests(long communityId);

	record StatusAndRole(MembershipStatus status, boolean convener) {
	}

	@Query("select new org.constellation.communities.Memberships$StatusAndRole(m.status, m.convener) from Membership m where m.communityId = ?1 and m.practitionerId = ?2")
	Optional<StatusAndRole> standingOf(long communityId, long practitionerId);

	@Query("select m.communityId from Membership m where m.practitionerId = ?1 and m.status = 'ACTIVE' and m.communityId in ?2")
	List<Long> activeAmong(long practitionerId, Collection<Long> communityIds);

	boolean existsByPractitionerIdAndConvenerTrueAndStatus(long practitionerId, MembershipStatus status);

	@Query(value = "select m.practitionerId from Membership m, org.constellation.people.Practitioner p where p.id = m.practitionerId "
			+ "and m.convener = true and m.status = 'ACTIVE' group by m.practitionerId, p.displayName order by lower(p.displayName), m.practitionerId", countQuery = "select count(distinct m.practitionerId) from Membership m where m.convener = true and m.status = 'ACTIVE'")
	org.springframework.data.domain.Page<Long> convenersByName(Pageable pageable);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.practitionerId in ?1 and m.convener = true and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> convenedBy(Collection<Long> practitionerIds);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.communityId in ?1 and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> joinedIn(Collection<Long> communityIds);

	@Query("select new org.constellation.communities.ConvenerRecords$Joined(m.communityId, m.practitionerId, m.createdAt) from Membership m where m.practitionerId in ?1 and m.status = 'ACTIVE'")
	List<ConvenerRecords.Joined> joinedBy(Collection<Long> practitionerIds);
}
