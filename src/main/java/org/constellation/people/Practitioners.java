package org.constellation.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Practitioners extends JpaRepository<Practitioner, Long>, JpaSpecificationExecutor<Practitioner> {

	Optional<Practitioner> findByAccountId(Long accountId);

	@Query("select p.id from Practitioner p where p.accountId = ?1")
	Optional<Long> idOfAccount(Long accountId);

}
