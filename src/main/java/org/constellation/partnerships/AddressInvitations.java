package org.constellation.partnerships;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AddressInvitations extends JpaRepository<AddressInvitation, Long> {

	@Query("select a from AddressInvitation a where a.email = ?1 and a.answeredAt is null order by a.partnershipId")
	List<AddressInvitation> waitingFor(String email);

	@Query("select count(a) from AddressInvitation a where a.partnershipId = ?1 and a.answeredAt is null")
	long countWaitingIn(long partnershipId);

	@Query("select a.email from AddressInvitation a where a.partnershipId = ?1 and a.answeredAt is null order by a.id")
	List<String> waitingIn(long partnershipId);
}
