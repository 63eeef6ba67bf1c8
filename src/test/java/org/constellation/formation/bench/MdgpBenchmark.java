package org.constellation.formation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.FormationResult;
import org.constellation.formation.solver.FormationSolver;
import org.constellation.formation.solver.FormationWeights;
import org.constellation.formation.solver.Group;
import org.constellation.formation.solver.Person;

/**
 * Runs the formation engine on instances of the maximally diverse grouping
 * problem (MDGPLIB) within the time limits of the literature, and prints per
 * instance the objective, the gap to the best known value and the time. Each
 * solution is written as lines {@code element group} (0-based) so that anyone
 * can check it.
 *
 * <p>
 * Arguments: the folder with the instances and {@code best-known.csv}, the
 * folder for solutions, and optionally a factor for the time limits.
 */
public final class MdgpBenchmark {

	/** Distances have three decimals: the solver works in thousandths. */
	private static final double SCALE = 1000.0;

	record Instance(String name, int n, List<int[]> bounds, double[][] d) {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/mdgp");
		Path out = Path.of(args.length > 1 ? args[1] : "target/mdgp-solutions");
		double timeFactor = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
		Files.createDirectories(out);
		List<String> rows = Files.readAllLines(folder.resolve("best-known.csv"));
		System.out.printf(Locale.ROOT, "%-20s %5s %4s %14s %14s %8s %8s %8s%n", "instance", "n", "G", "objective",
				"best known", "gap %", "limit s", "time s");
		double gapSum = 0;
		int count = 0;
		for (String row : rows.subList(1, rows.size())) {
			String[] f = row.split(",");
			Instance instance = read(folder.resolve(f[0] + ".txt"), f[0]);
			double best = Double.parseDouble(f[3]);
			double limit = Double.parseDouble(f[5]) * timeFactor;
			long started = System.nanoTime();
			FormationResult result = new FormationSolver(Duration.ofMillis((long) (limit * 1000)), null)
					.solve(cohort(instance), FormationWeights.DISTANCE_ONLY, null);
			double seconds = (System.nanoTime() - started) / 1e9;
			int[] groupOf = groupOf(instance, result);
			double objective = objective(instance, groupOf);
			double gap = 100 * (best - objective) / best;
			gapSum += gap;
			count++;
			write(out.resolve(instance.name() + ".sol"), groupOf);
			System.out.printf(Locale.ROOT, "%-20s %5d %4d %14.3f %14.3f %8.3f %8.0f %8.1f%s%n", instance.name(),
					instance.n(), instance.bounds().size(), objective, best, gap, limit, seconds,
					feasible(instance, groupOf) ? "" : "  INFEASIBLE");
		}
		System.out.printf(Locale.ROOT, "average gap: %.3f %% over %d instances%n", gapSum / count, count);
	}

	static Instance read(Path file, String name) throws IOException {
		try (var lines = Files.lines(file)) {
			List<String> all = lines.filter(l -> !l.isBlank()).toList();
			String[] head = all.getFirst().trim().split("\\s+");
			int n = Integer.parseInt(head[0]);
			int groups = Integer.parseInt(head[1]);
			List<int[]> bounds = new ArrayList<>();
			for (int g = 0; g < groups; g++) {
				bounds.add(new int[]{Integer.parseInt(head[3 + 2 * g]), Integer.parseInt(head[4 + 2 * g])});
			}
			double[][] d = new double[n][n];
			for (String line : all.subList(1, all.size())) {
				String[] f = line.trim().split("\\s+");
				int i = Integer.parseInt(f[0]);
				int j = Integer.parseInt(f[1]);
				d[i][j] = d[j][i] = Double.parseDouble(f[2]);
			}
			return new Instance(name, n, bounds, d);
		}
	}

	static Cohort cohort(Instance instance) {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < instance.n(); i++) {
			long[] row = new long[instance.n()];
			for (int j = 0; j < instance.n(); j++) {
				row[j] = Math.round(instance.d()[i][j] * SCALE);
			}
			people.add(Person.withDistances(i, row));
		}
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < instance.bounds().size(); g++) {
			int[] b = instance.bounds().get(g);
			groups.add(new Group(g, b[0], b[1], b[0]));
		}
		return new Cohort(people, List.of(), groups, List.of());
	}

	static int[] groupOf(Instance instance, FormationResult result) {
		int[] groupOf = new int[instance.n()];
		java.util.Arrays.fill(groupOf, -1);
		for (int g = 0; g < result.groups().size(); g++) {
			for (int i : result.groups().get(g)) {
				groupOf[i] = g;
			}
		}
		return groupOf;
	}

	/**
	 * The objective recomputed from the instance itself, not from the solver's
	 * score.
	 */
	static double objective(Instance instance, int[] groupOf) {
		double sum = 0;
		for (int i = 0; i < instance.n(); i++) {
			for (int j = i + 1; j < instance.n(); j++) {
				if (groupOf[i] >= 0 && groupOf[i] == groupOf[j]) {
					sum += instance.d()[i][j];
				}
			}
		}
		return sum;
	}

	static boolean feasible(Instance instance, int[] groupOf) {
		int[] sizes = new int[instance.bounds().size()];
		for (int g : groupOf) {
			if (g < 0 || g >= sizes.length) {
				return false;
			}
			sizes[g]++;
		}
		// The solver's group g is the instance's group g: groups are listed in the
		// order of their places, and a feasible grouping leaves none empty.
		for (int g = 0; g < sizes.length; g++) {
			int[] bounds = instance.bounds().get(g);
			if (sizes[g] < bounds[0] || sizes[g] > bounds[1]) {
				return false;
			}
		}
		return true;
	}

	private static void write(Path file, int[] groupOf) throws IOException {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < groupOf.length; i++) {
			sb.append(i).append(' ').append(groupOf[i]).append('\n');
		}
		Files.writeString(file, sb);
	}
}
