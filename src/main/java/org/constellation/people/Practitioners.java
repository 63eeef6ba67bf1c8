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
import org.springframework.data.repository.query.Param;

interface Practitioners extends JpaRepository<Practitioner, Long>, JpaSpecificationExecutor<Practitioner> {

	Optional<Practitioner> findByAccountId(Long accountId);

	@Query("select p.id from Practitioner p where p.accountId = ?1")
	Optional<Long> idOfAccount(Long accountId);

	/*
	 * Native, like the other lookups by a list of ids here: Hibernate translates a
	 * query with a list parameter from HQL to SQL again on every call (it caches no
	 * plan for it), which was 7% of the community home's processor time.
	 */
	@Query(value = "select p.id as id, p.display_name as name from practitioners p where p.id in (?1)", nativeQuery = true)
	List<Ref> names(Collection<Long> ids);

	/** Names of the authors among these ids whose account still exists. */
	@Query(value = "select p.id as id, p.display_name as name from practitioners p join accounts a on a.id = p.account_id where a.deleted_at is null and p.id in (?1)", nativeQuery = true)
	List<Ref> namesOfCurrentMembers(Collection<Long> ids);

	/** Each practitioner's id with their account's email, as a {@link Ref}. */
	@Query("select new org.constellation.shared.Ref(p.id, a.email) from Practitioner p, Account a where a.id = p.accountId and p.id in ?1")
	List<Ref> emails(Collection<Long> ids);

	/**
	 * The profiles among these ids whose account takes part as a practitioner: it
	 * holds the given role (a sponsor-only account does not, nor a deleted one,
	 * whose roles are gone).
	 */
	@Query("select p from Practitioner p where p.id in ?1"
			+ " and exists (select 1 from Account a join a.roles r where a.id = p.accountId and r = ?2)")
	List<Practitioner> withRoleAmong(Collection<Long> ids, Role role);

	@Query("select count(p) > 0 from Practitioner p where p.id = ?1"
			+ " and exists (select 1 from Account a join a.roles r where a.id = p.accountId and r = ?2)")
	boolean hasRole(long id, Role role);

	/** A profile's name and how much of it is filled in, for the home page. */
	record Outline(String displayName, Long homePlaceId, int groups, int concerns, int availability) {
	}

	@Query("select new org.constellation.people.Practitioners$Outline(p.displayName, p.homePlaceId, "
			+ "size(p.stakeholderGroupIds), size(p.concernIds), size(p.availability)) from Practitioner p where p.id = ?1")
	Optional<Outline> outline(long id);

	@Query("select c from Practitioner p join p.concernIds c where p.id = ?1")
	List<Long> concernsOf(long id);

	@Query("select p.timeZone from Practitioner p where p.id = ?1")
	Optional<String> timeZoneOf(long id);

	@Query("select p.id from Practitioner p, Account a where a.id = p.accountId and a.email = ?1")
	Optional<Long> idOfEmail(String email);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Practitioner p where p.id = ?1")
	Optional<Practitioner> lockById(Long id);

	@Query("select distinct g from Practitioner p join p.stakeholderGroupIds g where p.id in ?1")
	List<Long> stakeholderGroupsAmong(Collection<Long> ids);

	@Query("select distinct pl.level.id from Practitioner p, Place pl where pl.id = p.homePlaceId and p.id in ?1")
	List<Long> homeLevelsAmong(Collection<Long> ids);

	@Query("select p.id, pl.level.id from Practitioner p, Place pl where pl.id = p.homePlaceId and p.id in ?1")
	List<Object[]> homeLevelsOf(Collection<Long> ids);

	/**
	 * Members of the constellation outside the excluded who share a concern, with
	 * the wanted groups they belong to and their home place. The shared concerns
	 * lead (an indexed join), so only people who share one are ever visited.
	 */
	String TABLE_CANDIDATES = " from Practitioner p join p.concernIds c"
			+ " left join p.stakeholderGroupIds g on g in :groups left join Place pl on pl.id = p.homePlaceId"
			+ " where c in :concerns and p.id not in :excluded"
			+ " and exists (select 1 from Account a join a.roles r where a.id = p.accountId and r = :member)";

	String LEVEL_FILLED = "case when pl.level.id in :levels then 1 else 0 end";

	String GAPS_FILLED = "count(distinct g) + max(" + LEVEL_FILLED + ")";

	/**
	 * Grouped per person: those who bring a wanted group or level, all of them
	 * ranked (the ranking needs every group anyway, so one query serves every page
	 * and the count).
	 */
	@Query("select new org.constellation.people.TableCandidate(p.id, " + GAPS_FILLED
			+ ", count(distinct c), max(pl.level.id))" + TABLE_CANDIDATES
			+ " group by p.id, p.displayName having count(distinct g) > 0 or max(" + LEVEL_FILLED + ") = 1"
			+ " order by " + GAPS_FILLED + " desc, count(distinct c) desc, lower(p.displayName), p.id")
	List<TableCandidate> rankedTableCandidates(@Param("concerns") Collection<Long> concerns,
			@Param("groups") Collection<Long> groups, @Param("levels") Collection<Long> levels,
			@Param("excluded") Collection<Long> excluded, @Param("member") Role member);
}
