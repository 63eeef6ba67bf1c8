package org.constellation.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Practitioners extends JpaRepository<Practitioner, Long>, JpaSpecificationExecutor<Practitioner> {

	Optional<Practitioner> findByAccountId(Long accountId);

	List<Practitioner> findByIdInOrderByDisplayNameAsc(List<Long> ids);

	List<Practitioner> findTop20ByDisplayNameContainingIgnoreCaseOrderByDisplayNameAsc(String text);
}
