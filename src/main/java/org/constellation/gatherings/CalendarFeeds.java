package org.constellation.gatherings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findBySecretHash(String secretHash);
}
