package org.constellation.partnerships;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Partners extends JpaRepository<Partner, Long> {

	Optional<Partner> findByPartnershipIdAndPractitionerId(long partnershipId, long practitionerId);

	List<Partner> findByPartnershipIdOrderByIdAsc(long partnershipId);

	@Query("select p from Partner p where p.partnershipId = ?1 and p.status = 'ACTIVE' order by p.seat")
	List<Partner> active(long partnershipId);

	@Query("select p.practitionerId from Partner p where p.partnershipId = ?1 and p.status = 'ACTIVE' order by p.seat")
	List<Long> activeIds(long partnershipId);

	/**
	 * The partnerships this person is in, invited to or asking to join, in id order
	 * (the order their rows are locked in).
	 */
	@Query("select p.partnershipId from Partner p where p.practitionerId = ?1 and p.status in ('ACTIVE', 'INVITED', 'REQUESTED') order by p.partnershipId")
	List<Long> partnershipIdsOf(long practitionerId);

	@Query("select p from Partner p where p.practitionerId = ?1 and p.status in ?2 order by p.updatedAt desc")
	List<Partner> ofPractitioner(long practitionerId, Collection<PartnerStatus> statuses);

	@Query("select p.partnershipId, count(p) from Partner p where p.partnershipId in ?1 and p.status = 'ACTIVE' group by p.partnershipId")
	List<Object[]> activeCounts(Collection<Long> partnershipIds);

	/**
	 * Pairs among the given people who were partners in the same partnership at
	 * some time.
	 */
	@Query("select distinct a.practitionerId, b.practitionerId from Partner a, Partner b where a.partnershipId = b.partnershipId and a.practitionerId < b.practitionerId and a.joinedAt is not null and b.joinedAt is not null and a.practitionerId in ?1 and b.practitionerId in ?1")
	List<Object[]> pastPairsAmong(Collection<Long> practitionerIds);

	/**
	 * How many partnerships each person is in or invited to, among those not
	 * closed.
	 */
	@Query("select m.practitionerId, count(m) from Partner m, Partnership p where p.id = m.partnershipId and p.state <> 'CLOSED' and m.status in ('ACTIVE', 'INVITED') and m.practitionerId in ?1 group by m.practitionerId")
	List<Object[]> openCounts(Collection<Long> practitionerIds);

	/**
	 * A person's place in each partnership not closed that they are in or invited
	 * to, with the state it is at and how many ask to join it: the home page's one
	 * statement about partnerships.
	 */
	record OnHome(long partnershipId, String focus, PartnershipState state, PartnerStatus status, int openingStep,
			Trust trust, long requests) {
	}

	@Query("select new org.constellation.partnerships.Partners$OnHome(p.id, p.focus, p.state, m.status, p.openingStep, m.trust, "
			+ "(select count(r) from Partner r where r.partnershipId = p.id and r.status = 'REQUESTED')) "
			+ "from Partner m, Partnership p where p.id = m.partnershipId and m.practitionerId = ?1 "
			+ "and m.status in ('ACTIVE', 'INVITED') and p.state <> 'CLOSED' order by p.updatedAt desc, p.id")
	List<OnHome> onHome(long practitionerId);

	@Query("select m.partnershipId, m.status, count(m) from Partner m where m.partnershipId in ?1 group by m.partnershipId, m.status")
	List<Object[]> statusCounts(Collection<Long> partnershipIds);
}
