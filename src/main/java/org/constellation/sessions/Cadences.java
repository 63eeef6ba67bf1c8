package org.constellation.sessions;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cadences extends JpaRepository<Cadence, Long> {
}
