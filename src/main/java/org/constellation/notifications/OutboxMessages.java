package org.constellation.notifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

	Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
