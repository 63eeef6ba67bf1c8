package org.constellation.notifications;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnsubscribeLinks extends JpaRepository<UnsubscribeLink, Long> {

	Optional<UnsubscribeLink> findByTokenHash(String tokenHash);
}
