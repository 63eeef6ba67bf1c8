package org.constellation.communities;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityInvitations extends JpaRepository<CommunityInvitation, Long> {

	Optional<CommunityInvitation> findBySecretHash(String secretHash);
}
