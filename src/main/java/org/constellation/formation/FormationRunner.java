package org.constellation.formation;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.UnplacedReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves runs in the background, two at a time (the machine's cores), and
 * writes their progress and best result so far as they go: the progress twice a
 * second, the groups at most once a second. A stop asked on any app node
 * reaches the solver through the database.
 */
@Component
class FormationRunner {

	private static final Logger log = LoggerFactory.getLogger(FormationRunner.class);
	private static final long TICK_MILLIS = 500;

	private final FormationRuns runs;
	private final ProposedGroups groups;
	private final CohortBuilder builder;
	private final GroupWriter writer;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "formation");
		t.setDaemon(true);
		return t;
	});
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "formation-progress");
		t.setDaemon(true);
		return t;
	});
	private final Map<Long, FormationSolver> solving = new ConcurrentHashMap<>();

	static final Duration LEFT_BEHIND = Duration.ofMinutes(5);

	FormationRunner(FormationRuns runs, ProposedGroups groups, CohortBuilder builder, GroupWriter writer,
			PlatformTransactionManager transactions, Clock clock) {
		this.runs = runs;
		this.groups = groups;
		this.builder = builder;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A run still marked as solving well past its time limit was left by a node
	 * that stopped, and can never finish: say so. Looked for when the app starts
	 * and every minute after. A run within its time (plus {@link #LEFT_BEHIND} to
	 * build its cohort and write its groups) may be solving on another node, so it
	 * is left alone; one solving here always is.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
	void failRunsLeftBehind() {
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			for (FormationRun run : runs.findByStatus(RunStatus.RUNNING)) {
				Instant due = run.getCreatedAt().plusSeconds(run.getTimeLimitSeconds()).plus(LEFT_BEHIND);
				if (!solving.containsKey(run.getId()) && due.isBefore(now)) {
					runs.finish(run.getId(), RunStatus.FAILED, now,
							"The app stopped before this run finished: start it again");
				}
			}
		});
	}

	void submit(long runId) {
		executor.execute(() -> solve(runId));
	}

	void stop(long runId) {
		FormationSolver solver = solving.get(runId);
		if (solver != null) {
			solver.stop();
		}
	}

	private void solve(long runId) {
		try {
			Loaded loaded = transaction.execute(status -> load(runId));
			BuiltCohort built = builder.build(loaded.cohort(), loaded.run().parameters(), loaded.pinned());
			int limit = loaded.run().getTimeLimitSeconds();
			FormationSolver solver = new FormationSolver(Duration.ofSeconds(limit),
					Duration.ofMillis(Math.max(1500, limit * 300L)));
			solving.put(runId, solver);
			Progress progress = new Progress(runId, built, loaded.run());
			long started = System.nanoTime();
			ScheduledFuture<?> ticking = ticker.scheduleAtFixedRate(() -> tick(runId, started, limit), TICK_MILLIS,
					TICK_MILLIS, TimeUnit.MILLISECONDS);
			FormationResult result;
			try {
				result = solver.solve(built.cohort(), loaded.run().weights(), progress::bestSoFar);
			} finally {
				ticking.cancel(false);
			}
			boolean stopped = runs.stopRequested(runId);
			transaction.executeWithoutResult(status -> {
				writeGroups(runId, built, result);
				writeUnassigned(runId, built, result);
				HardMediumSoftScore score = result.score();
				runs.progress(runId, 100, score.hardScore(), score.mediumScore(), score.softScore());
				runs.finish(runId, stopped ? RunStatus.STOPPED : RunStatus.DONE, clock.instant(), null);
			});
		} catch (RuntimeException e) {
			log.warn("Formation run {} failed", runId, e);
			transaction.executeWithoutResult(status -> runs.finish(runId, RunStatus.FAILED, clock.instant(),
					"The run could not finish: " + e.getMessage()));
		} finally {
			solving.remove(runId);
		}
	}

	private record Loaded(FormationRun run, Set<Long> cohort, List<Set<Long>> pinned) {
	}

	private Loaded load(long runId) {
		FormationRun run = runs.findById(runId).orElseThrow();
		List<Set<Long>> pinned = groups.findByRunIdOrderByPosition(runId).stream().filter(ProposedGroup::isPinned)
				.map(g -> (Set<Long>) new LinkedHashSet<>(g.getMemberIds())).toList();
		return new Loaded(run, run.getCohort(), pinned);
	}

	/** Time-based progress, and a stop asked on any node, twice a second. */
	private void tick(long runId, long started, int limitSeconds) {
		try {
			double done = (System.nanoTime() - started) / (limitSeconds * 1e9);
			transaction.executeWithoutResult(status -> runs.progressOnly(runId, (int) Math.min(99, done * 100)));
			if (runs.stopRequested(runId)) {
				stop(runId);
			}
		} catch (RuntimeException e) {
			log.debug("Progress of run {} not written", runId, e);
		}
	}

	/**
	 * Replaces the unpinned groups with the result's (pinned groups come first and
	 * stay).
	 */
	private void writeGroups(long runId, BuiltCohort built, FormationResult result) {
		int pinnedCount = built.cohort().pinnedGroups().size();
		groups.deleteUnpinned(runId);
		List<GroupExplanation> explanations = Explainer.explain(built, result);
		List<ProposedGroup> rows = new ArrayList<>();
		for (int g = pinnedCount; g < result.groups().size(); g++) {
			Set<Long> members = new LinkedHashSet<>();
			result.groups().get(g).forEach(i -> members.add(built.practitionerIds().get(i)));
			rows.add(new ProposedGroup(runId, g, members, false, writer.write(explanations.get(g))));
		}
		groups.saveAll(rows);
	}

	private void writeUnassigned(long runId, BuiltCohort built, FormationResult result) {
		FormationRun run = runs.findById(runId).orElseThrow();
		run.replaceUnassigned(result.unassigned().stream().map(
				i -> new UnassignedPerson(built.practitionerIds().get(i), words(UnplacedReason.of(built.cohort(), i))))
				.toList());
	}

	static String words(UnplacedReason reason) {
		return switch (reason) {
			case NO_CAPACITY ->
				"Not open to a partnership just now, or already in as many partnerships as they said they can take";
			case NO_LANGUAGE -> "Their profile names no language";
			case NO_WINDOW -> "Their profile has no weekly window of an hour or more";
			case NOBODY_COMPATIBLE ->
				"Nobody else in this cohort shares a language and a free hour in the week with them";
			case NO_ROOM -> "Every group that fits their time and language is full, or would break a partnership rule";
		};
	}

	/**
	 * Writes the best result so far: at most once a second, and less often for
	 * large cohorts (a second per thousand people), so that writing never takes the
	 * solver's time.
	 */
	private final class Progress {
		private final long runId;
		private final BuiltCohort built;
		private final FormationRun run;
		private final long everyNanos;
		private long lastWrite = System.nanoTime();

		Progress(long runId, BuiltCohort built, FormationRun run) {
			this.runId = runId;
			this.built = built;
			this.run = run;
			this.everyNanos = Math.max(1, built.practitionerIds().size() / 1000) * 1_000_000_000L;
		}

		void bestSoFar(List<List<Integer>> formed, HardMediumSoftScore partScore, double done) {
			long now = System.nanoTime();
			if (now - lastWrite < everyNanos) {
				return;
			}
			lastWrite = now;
			FormationResult best = FormationSolver.result(built.cohort(), formed, run.weights());
			transaction.executeWithoutResult(status -> {
				writeGroups(runId, built, best);
				HardMediumSoftScore score = best.score();
				runs.progress(runId, (int) Math.min(99, Math.round(done * 100)), score.hardScore(), score.mediumScore(),
						score.softScore());
			});
		}
	}
}
