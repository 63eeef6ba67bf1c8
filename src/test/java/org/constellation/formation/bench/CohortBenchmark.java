package org.constellation.formation.bench;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.FormationConstraints;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.formation.solver.Greedy;
import org.constellation.formation.solver.PairKind;
import org.constellation.formation.solver.PairValues;
import org.constellation.formation.solver.Person;

/**
 * The "realistic cohorts" benchmark of partnership formation. For cohorts of
 * 100, 1,000 and 10,000 practitioners from {@link CohortGenerator} (sizes 2..4,
 * preferred 3, the default weights) it forms partnerships three ways in the
 * same run — the solver (5 s, 10 s and 60 s), the greedy grouping it starts
 * from, and a random grouping ({@link RandomGrouping}) — and prints, side by
 * side, the rules broken, the people left unassigned, every soft goal, the wall
 * time and the peak heap used. Then, for cohorts of 6, 8, 10 and 12 people of
 * one community ({@link CohortGenerator#community}), it compares the solver (2
 * s) and the greedy grouping with the proven optimum ({@link Exhaustive}).
 *
 * <p>
 * Arguments (all optional): {@code sizes=100,1000,10000}, {@code seeds=1},
 * {@code limits=5,10,60} (seconds, one per size), {@code small=6,8,10,12},
 * {@code smallSeeds=1,2,3,4,5}, {@code smallLimit=2}; {@code small=} (empty) or
 * {@code sizes=} skips a part. Tables go to standard output in Markdown,
 * progress to standard error.
 */
public final class CohortBenchmark {

	private static final FormationWeights WEIGHTS = FormationWeights.DEFAULT;

	/** The soft goals, as the tables name them, with their weights. */
	private static final Map<String, Integer> GOALS = new LinkedHashMap<>();

	static {
		GOALS.put(FormationConstraints.SHARED_CONCERNS, WEIGHTS.sharedConcerns());
		GOALS.put(FormationConstraints.STAKEHOLDER_DIVERSITY, WEIGHTS.stakeholderDiversity());
		GOALS.put(FormationConstraints.LEVEL_DIVERSITY, WEIGHTS.levelDiversity());
		GOALS.put(FormationConstraints.NEW_PAIRS, WEIGHTS.newPairs());
		GOALS.put(FormationConstraints.PREFERRED_SIZE, WEIGHTS.preferredSize() * PairValues.SIZE_POINTS);
	}

	private static final Map<String, String> RULE_NAMES = Map.of(FormationConstraints.SIZE, "size",
			FormationConstraints.REPORTING_LINE, "reporting line", FormationConstraints.SHARED_WINDOW, "no shared hour",
			FormationConstraints.COMMON_LANGUAGE, "no common language", FormationConstraints.DO_NOT_MATCH,
			"do-not-match", FormationConstraints.CAPACITY, "capacity");

	record Row(int size, long seed, String method, double limit, double seconds, FormationResult result, Cohort cohort,
			long peakHeap, long poolPeaks, HardMediumSoftScore reported) {
	}

	public static void main(String[] args) {
		Map<String, String> options = new LinkedHashMap<>(Map.of("sizes", "100,1000,10000", "seeds", "1", "limits",
				"5,10,60", "small", "6,8,10,12", "smallSeeds", "1,2,3,4,5", "smallLimit", "2"));
		for (String arg : args) {
			String[] kv = arg.split("=", 2);
			if (kv.length != 2 || !options.containsKey(kv[0])) {
				throw new IllegalArgumentException("Unknown argument " + arg + "; known: " + options.keySet());
			}
			options.put(kv[0], kv[1]);
		}
		int[] sizes = ints(options.get("sizes"));
		long[] seeds = Arrays.stream(ints(options.get("seeds"))).asLongStream().toArray();
		int[] limits = ints(options.get("limits"));
		int[] small = ints(options.get("small"));
		long[] smallSeeds = Arrays.stream(ints(options.get("smallSeeds"))).asLongStream().toArray();
		int smallLimit = Integer.parseInt(options.get("smallLimit"));

		// the solver's own progress lines would end up in the tables
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
				.setLevel(ch.qos.logback.classic.Level.WARN);
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB; sizes 2..4, preferred 3; weights %s%n%n",
				System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, WEIGHTS);
		if (sizes.length > 0) {
			warmUp();
			cohorts(sizes, seeds, limits);
		}
		if (small.length > 0) {
			smallInstances(small, smallSeeds, smallLimit);
		}
	}

	/** Lets the JIT see the engine once before anything is measured. */
	private static void warmUp() {
		progress("warming up (200 people, 3 s; not reported)");
		Cohort cohort = new CohortGenerator(999).generate(200).cohort();
		Greedy.group(cohort, WEIGHTS);
		new FormationSolver(Duration.ofSeconds(3), null).solve(cohort, WEIGHTS, null);
	}

	private static void cohorts(int[] sizes, long[] seeds, int[] limits) {
		List<Row> rows = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		for (int s = 0; s < sizes.length; s++) {
			int n = sizes[s];
			int limit = limits[Math.min(s, limits.length - 1)];
			for (long seed : seeds) {
				progress("cohort of " + n + ", seed " + seed + ": generating");
				long started = System.nanoTime();
				CohortGenerator.Generated generated = new CohortGenerator(seed).generate(n);
				double generatedIn = seconds(started);
				Cohort cohort = generated.cohort();
				descriptions.add(describe(generated, seed, generatedIn));

				progress("  random");
				rows.add(measure(n, seed, "random", 0, () -> RandomGrouping.group(cohort, seed), cohort));
				progress("  greedy");
				rows.add(measure(n, seed, "greedy", 0, () -> Greedy.group(cohort, WEIGHTS), cohort));
				progress("  solver, " + limit + " s");
				AtomicReference<HardMediumSoftScore> reported = new AtomicReference<>();
				Row measured = measure(n, seed, "solver", limit,
						() -> new FormationSolver(Duration.ofSeconds(limit), null)
								.solve(cohort, WEIGHTS, (groups, score, done) -> reported.set(score)).groups(),
						cohort);
				Row solver = new Row(measured.size(), measured.seed(), measured.method(), measured.limit(),
						measured.seconds(), measured.result(), cohort, measured.peakHeap(), measured.poolPeaks(),
						reported.get());
				rows.add(solver);
				progress(String.format(Locale.ROOT, "  solver: %s in %.1f s, peak heap %d MiB", solver.result().score(),
						solver.seconds(), solver.peakHeap() >> 20));
			}
		}

		System.out.println("### The cohorts\n");
		System.out.println(
				"| people | seed | issues | places | stakeholder groups (educator/family/admin/therapist/student/official/advocate/researcher) | in two groups | Spanish-only | full (capacity 0) | reporting lines | do-not-match | partnered before (pairs) | pairs able to meet (hour and language) | generated in |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		descriptions.forEach(System.out::println);

		System.out.println("\n### Solver, greedy and random side by side\n");
		System.out.println("Soft goals are the raw measures (the score adds them times their weight: "
				+ "concerns 3, stakeholders 2, levels 2, again 3, size 2); higher is better except "
				+ "for *again* and *off size*.\n");
		System.out.println(
				"| people | seed | method | limit | wall time | rules broken | unassigned (of whom full) | groups | shared concerns | stakeholder diversity | level/place bridging | pairs grouped before | off preferred size | soft score | peak heap, sampled (pools) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Row row : rows) {
			System.out.println(line(row));
		}

		System.out.println("\n### Rules broken, rule by rule\n");
		System.out.println("The solver's last reported best (through `FormationSolver.Progress`) is "
				+ "the score of the part it solved last, not of the whole cohort, unless the cohort "
				+ "is formed in one part (up to " + FormationSolver.PART_SIZE + " people).\n");
		System.out.println(
				"| people | seed | method | rules broken | score of the groups returned | solver's last reported best |");
		System.out.println("|---|---|---|---|---|---|");
		for (Row row : rows) {
			System.out.printf(Locale.ROOT, "| %,d | %d | %s | %s | %s | %s |%n", row.size(), row.seed(), row.method(),
					rules(row.result()), score(row.result()), row.reported() == null ? "–" : score(row.reported()));
		}

		System.out.println("\n### Solver against greedy, goal by goal\n");
		System.out.println(
				"| people | seed | shared concerns | stakeholder diversity | level/place bridging | pairs grouped before (fewer is better) | off preferred size (fewer is better) | soft score | solver better on every goal |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (int i = 0; i + 2 < rows.size(); i += 3) {
			System.out.println(versus(rows.get(i + 2), rows.get(i + 1)));
		}
		System.out.println();
	}

	private static Row measure(int n, long seed, String method, int limit, Supplier<List<List<Integer>>> grouping,
			Cohort cohort) {
		System.gc();
		HeapWatch watch = HeapWatch.start();
		long started = System.nanoTime();
		List<List<Integer>> groups = grouping.get();
		double seconds = seconds(started);
		watch.stop();
		return new Row(n, seed, method, limit, seconds, FormationSolver.result(cohort, groups, WEIGHTS), cohort,
				watch.sampled(), watch.poolPeaks(), null);
	}

	private static String describe(CohortGenerator.Generated g, long seed, double seconds) {
		int[] groups = new int[CohortGenerator.STAKEHOLDER_GROUPS.length];
		int two = 0;
		int spanishOnly = 0;
		int full = 0;
		for (CohortGenerator.Profile p : g.profiles()) {
			p.groups().forEach(x -> groups[x]++);
			two += p.groups().size() > 1 ? 1 : 0;
			spanishOnly += p.languages().equals(List.of(1)) ? 1 : 0;
			full += p.capacity() == 0 ? 1 : 0;
		}
		List<Person> people = g.cohort().people();
		long compatible = 0;
		long all = 0;
		// a sample of pairs for large cohorts
		int step = Math.max(1, people.size() / 1000);
		for (int a = 0; a < people.size(); a += step) {
			for (int b = a + 1; b < people.size(); b += step) {
				all++;
				compatible += org.constellation.formation.solver.Bits.intersects(people.get(a).meetingStarts(),
						people.get(b).meetingStarts())
						&& org.constellation.formation.solver.Bits.intersects(people.get(a).languages(),
								people.get(b).languages()) ? 1 : 0;
			}
		}
		return String.format(Locale.ROOT,
				"| %,d | %d | %d | %,d | %s | %d | %d | %d | %d | %d | %d | %.1f%% | %.2f s |", people.size(), seed,
				g.issues(), g.places(), String.join("/", Arrays.stream(groups).mapToObj(Integer::toString).toList()),
				two, spanishOnly, full, g.pairs(PairKind.REPORTING_LINE), g.pairs(PairKind.DO_NOT_MATCH),
				g.pairs(PairKind.PARTNERED_BEFORE), 100.0 * compatible / Math.max(1, all), seconds);
	}

	private static String line(Row row) {
		FormationResult r = row.result();
		long full = r.unassigned().stream().filter(i -> row.cohort().people().get(i).remainingCapacity() < 1).count();
		return String.format(Locale.ROOT,
				"| %,d | %d | %s | %s | %.2f s | %d | %d (%d) | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s |",
				row.size(), row.seed(), row.method(), row.limit() > 0 ? (int) row.limit() + " s" : "–", row.seconds(),
				r.rulesBroken(), r.unassigned().size(), full, r.groups().size(),
				goal(r, FormationConstraints.SHARED_CONCERNS), goal(r, FormationConstraints.STAKEHOLDER_DIVERSITY),
				goal(r, FormationConstraints.LEVEL_DIVERSITY), goal(r, FormationConstraints.NEW_PAIRS),
				goal(r, FormationConstraints.PREFERRED_SIZE), r.score().softScore(),
				(row.peakHeap() >> 20) + " MiB (" + (row.poolPeaks() >> 20) + ")");
	}

	/**
	 * A goal's raw measure: its total divided by its weight, with the sign made
	 * positive.
	 */
	static long goal(FormationResult r, String name) {
		long total = r.totals().getOrDefault(name, 0L);
		int weight = GOALS.get(name);
		return weight == 0 ? 0 : Math.abs(total / weight);
	}

	static String rules(FormationResult r) {
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, Long> e : r.totals().entrySet()) {
			if (FormationConstraints.RULES.contains(e.getKey()) && e.getValue() < 0) {
				broken.add(RULE_NAMES.get(e.getKey()) + " " + -e.getValue());
			}
		}
		return broken.isEmpty() ? "none" : String.join(", ", broken);
	}

	private static String versus(Row solver, Row greedy) {
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "| %,d | %d |", solver.size(), solver.seed()));
		boolean all = true;
		for (String goal : GOALS.keySet()) {
			long s = goal(solver.result(), goal);
			long g = goal(greedy.result(), goal);
			boolean lowerIsBetter = goal.equals(FormationConstraints.NEW_PAIRS)
					|| goal.equals(FormationConstraints.PREFERRED_SIZE);
			boolean better = lowerIsBetter ? s < g || s == 0 && g == 0 : s > g;
			all &= better;
			sb.append(String.format(Locale.ROOT, " %,d vs %,d (%s) |", s, g, percent(s, g)));
		}
		long ss = solver.result().score().softScore();
		long gs = greedy.result().score().softScore();
		sb.append(
				String.format(Locale.ROOT, " %,d vs %,d (%s) | %s |", ss, gs, percent(ss, gs), all ? "yes" : "**no**"));
		return sb.toString();
	}

	private static String percent(long a, long b) {
		if (b == 0) {
			return a == 0 ? "=" : "new";
		}
		return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (a - b) / Math.abs(b));
	}

	private static void smallInstances(int[] sizes, long[] seeds, int limit) {
		System.out.println("### Small cohorts against the proven optimum\n");
		System.out.printf(Locale.ROOT,
				"Solver limit %d s per cohort. Scores are rules broken / people unassigned / soft score.%n%n", limit);
		System.out.println(
				"| people | seed | groupings scored | enumeration | optimum | solver | greedy | solver gap on soft | greedy gap on soft | solver's reported best |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		int optimal = 0;
		int within1 = 0;
		int count = 0;
		double worst = 0;
		for (int n : sizes) {
			for (long seed : seeds) {
				progress("small cohort of " + n + ", seed " + seed);
				Cohort cohort = new CohortGenerator(seed).community(n).cohort();
				Exhaustive.Optimum optimum = Exhaustive.of(cohort, WEIGHTS);
				AtomicReference<HardMediumSoftScore> reported = new AtomicReference<>();
				FormationResult solver = new FormationSolver(Duration.ofSeconds(limit), null).solve(cohort, WEIGHTS,
						(groups, score, done) -> reported.set(score));
				FormationResult greedy = FormationSolver.result(cohort, Greedy.group(cohort, WEIGHTS), WEIGHTS);
				double gap = gap(optimum.best(), solver);
				count++;
				optimal += solver.score().equals(optimum.best().score()) ? 1 : 0;
				within1 += gap <= 1.0 ? 1 : 0;
				worst = Math.max(worst, gap);
				HardMediumSoftScore own = reported.get();
				System.out.printf(Locale.ROOT, "| %d | %d | %,d | %.2f s | %s | %s | %s | %s | %s | %s |%n", n, seed,
						optimum.scored(), optimum.seconds(), score(optimum.best()), score(solver), score(greedy),
						gapText(optimum.best(), solver), gapText(optimum.best(), greedy),
						own == null ? "–" : score(own) + (own.equals(optimum.best().score()) ? " (optimal)" : ""));
			}
		}
		System.out.printf(Locale.ROOT,
				"%nSolver at the optimum on %d of %d cohorts, within 1%% on %d; worst gap %s.%n%n", optimal, count,
				within1,
				Double.isInfinite(worst)
						? "worse on rules or people placed"
						: String.format(Locale.ROOT, "%.2f%%", worst));
	}

	static String score(FormationResult r) {
		return score(r.score());
	}

	static String score(HardMediumSoftScore s) {
		return -s.hardScore() + " / " + -s.mediumScore() + " / " + s.softScore();
	}

	/**
	 * The gap on the soft score in %, or infinity when rules or placements are
	 * worse.
	 */
	static double gap(FormationResult optimum, FormationResult other) {
		if (other.score().hardScore() != optimum.score().hardScore()
				|| other.score().mediumScore() != optimum.score().mediumScore()) {
			return other.score().compareTo(optimum.score()) > 0 ? 0 : Double.POSITIVE_INFINITY;
		}
		long best = optimum.score().softScore();
		long got = other.score().softScore();
		return best == got ? 0 : 100.0 * (best - got) / Math.max(1, Math.abs(best));
	}

	private static String gapText(FormationResult optimum, FormationResult other) {
		if (other.score().compareTo(optimum.score()) > 0) {
			return "**better than the optimum: enumeration wrong**";
		}
		if (other.score().hardScore() != optimum.score().hardScore()) {
			return "**breaks " + -other.score().hardScore() + " rules**";
		}
		if (other.score().mediumScore() != optimum.score().mediumScore()) {
			return "**" + (optimum.score().mediumScore() - other.score().mediumScore()) + " more unassigned**";
		}
		double gap = gap(optimum, other);
		return gap == 0 ? "0 (optimal)" : String.format(Locale.ROOT, "%.2f%%", gap);
	}

	private static int[] ints(String csv) {
		return csv.isBlank()
				? new int[0]
				: Arrays.stream(csv.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static void progress(String message) {
		System.err.println(message);
	}

	/**
	 * The most heap in use while something runs, sampled every 10 ms; and the sum
	 * of the heap pools' own peaks (reset at the start), an upper bound since the
	 * pools peak at different moments.
	 */
	static final class HeapWatch {
		private final AtomicLong max = new AtomicLong();
		private final Thread sampler;
		private volatile boolean running = true;

		private HeapWatch() {
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					pool.resetPeakUsage();
				}
			}
			sample();
			sampler = Thread.ofPlatform().daemon().start(() -> {
				while (running) {
					sample();
					try {
						Thread.sleep(10);
					} catch (InterruptedException e) {
						return;
					}
				}
			});
		}

		static HeapWatch start() {
			return new HeapWatch();
		}

		private void sample() {
			max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
		}

		void stop() {
			sample();
			running = false;
			try {
				sampler.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		long sampled() {
			return max.get();
		}

		long poolPeaks() {
			long sum = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					sum += pool.getPeakUsage().getUsed();
				}
			}
			return sum;
		}
	}
}
