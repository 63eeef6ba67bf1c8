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
}
