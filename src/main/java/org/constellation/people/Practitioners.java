package org.constellation.people;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.constellation.shared.Ref;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Practitioners extends JpaRepository<Practitioner, Long>, JpaSpecificationExecutor<Practitioner> {

	Optional<Practitioner> findByAccountId(Long accountId);

	@Query("select p.id from Practitioner p where p.accountId = ?1")
	Optional<Long> idOfAccount(Long accountId);

	@Query("select new org.constellation.shared.Ref(p.id, p.displayName) from Practitioner p where p.id in ?1")
	List<Ref> names(Collection<Long> ids);

	/** Each practitioner's id with their account's email, as a {@link Ref}. */
	@Query("select new org.constellation.shared.Ref(p.id, a.email) from Practitioner p, Account a where a.id = p.accountId and p.id in ?1")
	List<Ref> emails(Collection<Long> ids);

	@Query("select p.timeZone from Practitioner p where p.id = ?1")
	Optional<String> timeZoneOf(long id);

	@Query("select p.id from Practitioner p, Account a where a.id = p.accountId and a.email = ?1")
	Optional<Long> idOfEmail(String email);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Practitioner p where p.id = ?1")
	Optional<Practitioner> lockById(Long id);

}
