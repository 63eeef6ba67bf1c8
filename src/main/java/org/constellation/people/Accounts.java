package org.constellation.people;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Slice<Account> findSliceByOrderByEmailAsc(Pageable pageable);

	/**
	 * Counts a wrong password and locks the account at the limit, in one statement
	 * the database applies row by row: parallel guesses each count (a read, then a
	 * write of the entity lost counts and clashed on its version).
	 */
	@Modifying
	@Query(value = """
			update accounts
			set failed_sign_ins = case when failed_sign_ins + 1 >= :limit then 0 else failed_sign_ins + 1 end,
			    locked_until = case when failed_sign_ins + 1 >= :limit
			                        then cast(:lockedUntil as timestamp with time zone) else locked_until end
			where email = :email
			""", nativeQuery = true)
	int countFailedSignIn(String email, int limit, Instant lockedUntil);

	/**
	 * Forgets earlier failures, unless the account is locked at this moment: the
	 * lock is read from the row as the statement writes it, after any failure
	 * counted before, so a right password that arrives behind enough wrong ones is
	 * refused. Answers 0 when the account is locked.
	 */
	@Modifying
	@Query(value = """
			update accounts set failed_sign_ins = 0, locked_until = null
			where email = :email
			  and (locked_until is null or locked_until <= cast(:now as timestamp with time zone))
			""", nativeQuery = true)
	int signInIfNotLocked(String email, Instant now);
}
