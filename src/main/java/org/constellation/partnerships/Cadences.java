package org.constellation.partnerships;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cadences extends JpaRepository<Cadence, Long> {
}
