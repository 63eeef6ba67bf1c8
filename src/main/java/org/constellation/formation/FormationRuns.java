package org.constellation.formation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FormationRuns extends JpaRepository<FormationRun, Long> {

	@Query("select r from FormationRun r where r.requestedBy = ?1 or r.communityId in ?2 order by r.createdAt desc, r.id desc")
	Page<FormationRun> visibleTo(long practitionerId, List<Long> convenedCommunityIds, Pageable pageable);

	List<FormationRun> findByCommunityIdOrderByCreatedAtDescIdDesc(long communityId, Pageable pageable);

	@Query("select r from FormationRun r order by r.createdAt desc, r.id desc")
	Page<FormationRun> newestFirst(Pageable pageable);

	/** A run still solving, or finished with groups of which none is sent yet. */
	record Waiting(long id, String cohortLabel, RunStatus status, long groups) {
	}

	String WAITING = "select new org.constellation.formation.FormationRuns$Waiting(r.id, r.cohortLabel, r.status, "
			+ "(select count(g) from ProposedGroup g where g.runId = r.id)) from FormationRun r "
			+ "where r.createdAt > ?1 and (r.status = 'RUNNING' or (r.status in ('DONE', 'STOPPED') "
			+ "and exists (select g.id from ProposedGroup g where g.runId = r.id) "
			+ "and not exists (select g.id from ProposedGroup g where g.runId = r.id and g.partnershipId is not null)))";

	/** Runs started since a moment that wait for someone, newest first. */
	@Query(WAITING + " order by r.createdAt desc, r.id desc")
	List<Waiting> waiting(Instant since, Pageable limit);

	/** The same, among the runs one person started. */
	@Query(WAITING + " and r.requestedBy = ?2 order by r.createdAt desc, r.id desc")
	List<Waiting> waitingFor(Instant since, long requestedBy, Pageable limit);

	// Progress is written while people read the run: it leaves @Version alone.
	@Modifying
	@Query("update FormationRun r set r.progress = ?2, r.hardScore = ?3, r.mediumScore = ?4, r.softScore = ?5 where r.id = ?1")
	int progress(long id, int progress, long hard, long medium, long soft);

	@Modifying
	@Query("update FormationRun r set r.progress = ?2 where r.id = ?1 and r.status = 'RUNNING' and r.progress < ?2")
	int progressOnly(long id, int progress);

	@Modifying
	@Query("update FormationRun r set r.stopRequested = true where r.id = ?1 and r.status = 'RUNNING'")
	int requestStop(long id);

	@Query("select r.stopRequested from FormationRun r where r.id = ?1")
	boolean stopRequested(long id);

	@Modifying
	@Query("update FormationRun r set r.status = ?2, r.progress = 100, r.finishedAt = ?3, r.failure = ?4, r.version = r.version + 1 where r.id = ?1")
	int finish(long id, RunStatus status, Instant now, String failure);

	List<FormationRun> findByStatus(RunStatus status);
}
