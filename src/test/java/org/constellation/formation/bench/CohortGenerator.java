package org.constellation.formation.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.constellation.formation.solver.Bits;
import org.constellation.formation.solver.Cohort;
import org.constellation.formation.solver.PairKind;
import org.constellation.formation.solver.Person;
import org.constellation.formation.solver.PersonPair;
import org.constellation.formation.solver.WeeklySlots;

/**
 * Realistic cohorts of practitioners for the formation benchmarks, the same
 * cohort for the same seed and size. The people are built the way
 * {@code CohortBuilder} turns real profiles into solver {@link Person}s (bit
 * sets, meeting starts in UTC for the week of Monday {@link #WEEK_START}).
 *
 * <p>
 * What a cohort looks like:
 * <ul>
 * <li><b>Stakeholder groups</b> (8): educators 38%, families 20%,
 * administrators 12%, therapists 10%, students 7%, officials 5%, advocates 5%,
 * researchers 3%; 12% of people are in a second, different group too (a teacher
 * who is also a parent).</li>
 * <li><b>Places</b>: a tree nation → the 50 states (weighted by population,
 * each with its own time zone) → 2–20 districts per state (by population) →
 * 4–12 schools per district. The level of a person's home place depends on
 * their group (students and families mostly at a school, officials and
 * researchers at state or national level); overall about 59% at school level,
 * 27% district, 9% state and 4% national.</li>
 * <li><b>Concerns</b>: a portfolio of 18–30 issues with a popularity skew
 * (weight 1/rank^0.8), each stakeholder group favouring three issues (x2.5);
 * every person names 1–4 (30/35/22/13%).</li>
 * <li><b>Time zones</b>: their state's zone, so US zones weigh by population;
 * 2% live abroad (London, Berlin, Mexico City, Puerto Rico, Seoul, Tokyo).</li>
 * <li><b>Weekly availability</b>: 1–4 windows (25/35/25/15%) of 1, 1.5, 2 or 3
 * hours (35/20/30/15%) in local time, on half hours: weekday mornings (start
 * 7:00–10:00), afternoons (14:30–17:30), evenings (18:00–20:30) or weekend days
 * (9:00–16:00), with a mix that depends on the group (educators mostly after
 * school, families in the evening, officials in office hours); 40% of further
 * windows repeat the previous one's hours on another day.</li>
 * <li><b>Languages</b>: English for 98%; Spanish for 15%, of whom 2% of the
 * cohort speak Spanish only (more often families); Vietnamese 1.5%, Chinese
 * 1.2%, ASL 1%, Arabic, Haitian Creole and Tagalog 0.5% each, next to
 * English.</li>
 * <li><b>Reporting lines</b>: 3% of people (administrators five times,
 * officials three times as likely as others) supervise 1–5 people at their own
 * place or at a place just below it (a district administrator and school
 * principals); fewer when fewer are there.</li>
 * <li><b>Do-not-match wishes</b>: 1 per 100 people, 70% of them within the same
 * state.</li>
 * <li><b>Past groupings</b>: 10% of people were partners before, in groups of
 * 2–4 (50/30/20%) of people who share a language and a state or a concern; each
 * pair of such a group is a {@link PairKind#PARTNERED_BEFORE} pair.</li>
 * <li><b>Capacity</b> (more partnerships one can take): 0 for 5% (already
 * full), 1 for 72%, 2 for 18%, 3 for 5%.</li>
 * </ul>
 * <p>
 * {@link #community} draws a small cohort the way one community of practice
 * would have it: everyone lives in one state (drawn by population, no one
 * abroad) and, instead of free-form windows, ticks 1–4 of the six weekly times
 * its convener offered (each drawn like a window above, 1.5 or 2 hours long); a
 * fifth of them add one free-form window of their own. Everything else is drawn
 * as above. Cohorts drawn nationally from a handful of people rarely have three
 * people free at the same hour, which leaves nothing to compare.
 *
 * <p>
 * All draws come from one {@link SplittableRandom} seeded with the seed (the
 * tree of places from a second one), so a cohort depends on seed and size only.
 */
public final class CohortGenerator {

	/** Monday of the week in which windows are placed (no clock change near it). */
	public static final LocalDate WEEK_START = LocalDate.of(2026, 10, 5);

	public static final String[] STAKEHOLDER_GROUPS = {"educator", "family", "administrator", "therapist", "student",
			"official", "advocate", "researcher"};
	private static final double[] GROUP_WEIGHTS = {38, 20, 12, 10, 7, 5, 5, 3};

	public static final String[] LEVELS = {"National", "State", "District", "School"};
	/** Per stakeholder group: weights of national, state, district, school. */
	private static final double[][] LEVEL_BY_GROUP = {{1, 4, 20, 75}, {1, 4, 25, 70}, {5, 15, 45, 35}, {0, 5, 40, 55},
			{0, 0, 10, 90}, {20, 50, 30, 0}, {25, 40, 35, 0}, {40, 40, 20, 0}};

	public static final String[] LANGUAGES = {"English", "Spanish", "Vietnamese", "Chinese", "ASL", "Arabic",
			"Haitian Creole", "Tagalog"};
	private static final double[] OTHER_LANGUAGE_SHARES = {0, 0, 0.015, 0.012, 0.010, 0.005, 0.005, 0.005};

	/** Morning, afternoon, evening, weekend, per stakeholder group. */
	private static final double[][] WINDOW_KINDS = {{10, 50, 30, 10}, {10, 15, 55, 20}, {30, 45, 15, 10},
			{15, 40, 35, 10}, {0, 30, 50, 20}, {30, 45, 15, 10}, {30, 45, 15, 10}, {30, 45, 15, 10}};

	private record State(String code, double population, String zone) {
	}

	private static final State[] STATES = {new State("AL", 5.0, "America/Chicago"),
			new State("AK", 0.7, "America/Anchorage"), new State("AZ", 7.2, "America/Phoenix"),
			new State("AR", 3.0, "America/Chicago"), new State("CA", 39.5, "America/Los_Angeles"),
			new State("CO", 5.8, "America/Denver"), new State("CT", 3.6, "America/New_York"),
			new State("DE", 1.0, "America/New_York"), new State("FL", 21.5, "America/New_York"),
			new State("GA", 10.7, "America/New_York"), new State("HI", 1.5, "Pacific/Honolulu"),
			new State("ID", 1.8, "America/Boise"), new State("IL", 12.8, "America/Chicago"),
			new State("IN", 6.8, "America/Indiana/Indianapolis"), new State("IA", 3.2, "America/Chicago"),
			new State("KS", 2.9, "America/Chicago"), new State("KY", 4.5, "America/Kentucky/Louisville"),
			new State("LA", 4.7, "America/Chicago"), new State("ME", 1.4, "America/New_York"),
			new State("MD", 6.2, "America/New_York"), new State("MA", 7.0, "America/New_York"),
			new State("MI", 10.1, "America/Detroit"), new State("MN", 5.7, "America/Chicago"),
			new State("MS", 3.0, "America/Chicago"), new State("MO", 6.2, "America/Chicago"),
			new State("MT", 1.1, "America/Denver"), new State("NE", 2.0, "America/Chicago"),
			new State("NV", 3.1, "America/Los_Angeles"), new State("NH", 1.4, "America/New_York"),
			new State("NJ", 9.3, "America/New_York"), new State("NM", 2.1, "America/Denver"),
			new State("NY", 20.2, "America/New_York"), new State("NC", 10.4, "America/New_York"),
			new State("ND", 0.8, "America/Chicago"), new State("OH", 11.8, "America/New_York"),
			new State("OK", 4.0, "America/Chicago"), new State("OR", 4.2, "America/Los_Angeles"),
			new State("PA", 13.0, "America/New_York"), new State("RI", 1.1, "America/New_York"),
			new State("SC", 5.1, "America/New_York"), new State("SD", 0.9, "America/Chicago"),
			new State("TN", 6.9, "America/Chicago"), new State("TX", 29.1, "America/Chicago"),
			new State("UT", 3.3, "America/Denver"), new State("VT", 0.6, "America/New_York"),
			new State("VA", 8.6, "America/New_York"), new State("WA", 7.7, "America/Los_Angeles"),
			new State("WV", 1.8, "America/New_York"), new State("WI", 5.9, "America/Chicago"),
			new State("WY", 0.6, "America/Denver")};

	private static final String[] ABROAD = {"Europe/London", "Europe/Berlin", "America/Mexico_City",
			"America/Puerto_Rico", "Asia/Seoul", "Asia/Tokyo"};

	private final long seed;

	public CohortGenerator(long seed) {
		this.seed = seed;
	}

	/** A place of the tree: its level (0 national … 3 school), parent and state. */
	record Place(int index, int level, int parent, int state) {
	}

	/** What was drawn for one person, next to the solver's view of them. */
	public record Profile(int index, List<Integer> groups, int level, int place, int state, String zone,
			List<Integer> concerns, List<Integer> languages, List<String> windows, int capacity) {
	}

	/** A generated cohort: the solver's view and the profiles it came from. */
	public record Generated(Cohort cohort, List<Profile> profiles, int issues, int places) {

		public long pairs(PairKind kind) {
			return cohort.pairs().stream().filter(p -> p.kind() == kind).count();
		}
	}

	/** A cohort of {@code n} people with sizes 2..4, preferred 3. */
	public Generated generate(int n) {
		return generate(n, 2, 4, 3);
	}

	public Generated generate(int n, int minSize, int maxSize, int preferredSize) {
		return generate(n, minSize, maxSize, preferredSize, false);
	}

	/** A cohort of one community of practice, sizes 2..4, preferred 3. */
	public Generated community(int n) {
		return generate(n, 2, 4, 3, true);
	}

	private Generated generate(int n, int minSize, int maxSize, int preferredSize, boolean community) {
		List<Place> places = placeTree(new SplittableRandom(seed ^ 0x5DEECE66DL));
		SplittableRandom rnd = new SplittableRandom(seed);
		Map<Integer, List<Integer>> placesByStateAndLevel = new HashMap<>();
		Map<Integer, List<Integer>> children = new HashMap<>();
		for (Place p : places) {
			placesByStateAndLevel.computeIfAbsent(p.state() * 4 + p.level(), k -> new ArrayList<>()).add(p.index());
			if (p.parent() >= 0) {
				children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p.index());
			}
		}
		double[] statePopulation = new double[STATES.length];
		for (int s = 0; s < STATES.length; s++) {
			statePopulation[s] = STATES[s].population();
		}

		int issues = 18 + rnd.nextInt(13);
		double[] issueWeight = new double[issues];
		for (int i = 0; i < issues; i++) {
			issueWeight[i] = 1 / Math.pow(i + 1, 0.8);
		}
		int[][] favoured = new int[STAKEHOLDER_GROUPS.length][3];
		for (int[] f : favoured) {
			for (int k = 0; k < f.length; k++) {
				f[k] = rnd.nextInt(issues);
			}
		}

		int communityState = community ? pick(rnd, statePopulation) : -1;
		List<String> offered = new ArrayList<>();
		while (community && offered.size() < 6) {
			String w = windows(rnd, new double[]{15, 45, 30, 10}, 1).getFirst();
			String[] f = w.split("[ -]");
			String time = f[0] + " " + f[1] + "-" + LocalTime.parse(f[1]).plusMinutes(rnd.nextBoolean() ? 90 : 120);
			if (offered.stream().noneMatch(o -> o.startsWith(f[0] + " "))) {
				offered.add(time);
			}
		}
		List<Profile> profiles = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int group = pick(rnd, GROUP_WEIGHTS);
			List<Integer> groups = new ArrayList<>(List.of(group));
			if (rnd.nextDouble() < 0.12) {
				int second;
				do {
					second = pick(rnd, GROUP_WEIGHTS);
				} while (second == group);
				groups.add(second);
			}
			int level = pick(rnd, LEVEL_BY_GROUP[group]);
			int state = community ? communityState : pick(rnd, statePopulation);
			int place = level == 0 ? 0 : pickFrom(rnd, placesByStateAndLevel.get(state * 4 + level));
			String zone = !community && rnd.nextDouble() < 0.02
					? ABROAD[rnd.nextInt(ABROAD.length)]
					: STATES[state].zone();

			double[] weights = issueWeight.clone();
			for (int f : favoured[group]) {
				weights[f] *= 2.5;
			}
			int concernCount = 1 + pick(rnd, new double[]{30, 35, 22, 13});
			List<Integer> concerns = new ArrayList<>();
			while (concerns.size() < concernCount) {
				int c = pick(rnd, weights);
				concerns.add(c);
				weights[c] = 0;
			}
			concerns.sort(null);

			List<Integer> languages = new ArrayList<>();
			boolean spanish = rnd.nextDouble() < 0.15;
			// Spanish only: 2% of the cohort, twice as often among families.
			double spanishOnly = group == 1 ? 0.22 : 0.11;
			if (!(spanish && rnd.nextDouble() < spanishOnly)) {
				languages.add(0);
			}
			if (spanish) {
				languages.add(1);
			}
			for (int l = 2; l < LANGUAGES.length; l++) {
				if (rnd.nextDouble() < OTHER_LANGUAGE_SHARES[l]) {
					languages.add(l);
				}
			}

			List<String> windows;
			if (community) {
				List<String> menu = new ArrayList<>(offered);
				List<String> ticked = new ArrayList<>();
				for (int k = 1 + pick(rnd, new double[]{25, 35, 25, 15}); k > 0; k--) {
					ticked.add(menu.remove(rnd.nextInt(menu.size())));
				}
				if (rnd.nextDouble() < 0.2) {
					String own = windows(rnd, WINDOW_KINDS[group], 1).getFirst();
					if (ticked.stream().noneMatch(t -> t.startsWith(own.split(" ")[0] + " "))) {
						ticked.add(own);
					}
				}
				windows = List.copyOf(ticked);
			} else {
				windows = windows(rnd, WINDOW_KINDS[group], 1 + pick(rnd, new double[]{25, 35, 25, 15}));
			}
			int capacity = pick(rnd, new double[]{5, 72, 18, 5});
			profiles.add(new Profile(i, List.copyOf(groups), level, place, state, zone, List.copyOf(concerns),
					List.copyOf(languages), windows, capacity));
		}

		List<Person> people = new ArrayList<>();
		for (Profile p : profiles) {
			people.add(new Person(100_000L + p.index(), p.index(), Bits.of(STAKEHOLDER_GROUPS.length, p.groups()),
					Bits.of(issues, p.concerns()), Bits.of(LANGUAGES.length, p.languages()),
					WeeklySlots.meetingStarts(freeSlots(p.windows(), p.zone())), p.level(), p.place(), p.capacity(),
					null));
		}

		Set<Long> taken = new java.util.HashSet<>();
		List<PersonPair> pairs = new ArrayList<>();
		reportingLines(rnd, profiles, people, children, taken, pairs);
		doNotMatch(rnd, profiles, people, taken, pairs);
		pastGroupings(rnd, profiles, people, taken, pairs);
		Cohort cohort = Cohort.of(people, pairs, minSize, maxSize, preferredSize, List.of());
		return new Generated(cohort, profiles, issues, places.size());
	}

	private static List<Place> placeTree(SplittableRandom rnd) {
		List<Place> places = new ArrayList<>();
		places.add(new Place(0, 0, -1, -1));
		int[] stateIndex = new int[STATES.length];
		for (int s = 0; s < STATES.length; s++) {
			stateIndex[s] = places.size();
			places.add(new Place(places.size(), 1, 0, s));
		}
		for (int s = 0; s < STATES.length; s++) {
			int districts = (int) Math.max(2, Math.min(20, Math.round(STATES[s].population() / 1.5)));
			for (int d = 0; d < districts; d++) {
				int district = places.size();
				places.add(new Place(district, 2, stateIndex[s], s));
				int schools = 4 + rnd.nextInt(9);
				for (int k = 0; k < schools; k++) {
					places.add(new Place(places.size(), 3, district, s));
				}
			}
		}
		return places;
	}

	/** Windows as "DAY HH:MM-HH:MM" in the person's own time. */
	private static List<String> windows(SplittableRandom rnd, double[] kinds, int count) {
		List<String> windows = new ArrayList<>();
		Set<DayOfWeek> days = new LinkedHashSet<>();
		LocalTime lastStart = null;
		int lastLength = 0;
		int lastKind = -1;
		for (int w = 0; w < count; w++) {
			int kind;
			LocalTime start;
			int halfHours;
			if (lastStart != null && lastKind != 3 && rnd.nextDouble() < 0.4) {
				kind = lastKind;
				start = lastStart;
				halfHours = lastLength;
			} else {
				kind = pick(rnd, kinds);
				int[] range = switch (kind) {
					case 0 -> new int[]{14, 20}; // 7:00..10:00 in half hours
					case 1 -> new int[]{29, 35}; // 14:30..17:30
					case 2 -> new int[]{36, 41}; // 18:00..20:30
					default -> new int[]{18, 32}; // 9:00..16:00
				};
				start = LocalTime.MIN.plusMinutes(30L * (range[0] + rnd.nextInt(range[1] - range[0] + 1)));
				halfHours = new int[]{2, 3, 4, 6}[pick(rnd, new double[]{35, 20, 30, 15})];
			}
			DayOfWeek day = null;
			for (int attempt = 0; attempt < 10 && (day == null || days.contains(day)); attempt++) {
				day = kind == 3 ? DayOfWeek.of(6 + rnd.nextInt(2)) : DayOfWeek.of(1 + rnd.nextInt(5));
			}
			if (days.add(day)) {
				LocalTime end = start.plusMinutes(30L * halfHours);
				if (end.isBefore(start)) {
					end = LocalTime.of(23, 30);
				}
				windows.add(day + " " + start + "-" + end);
			}
			lastStart = start;
			lastLength = halfHours;
			lastKind = kind;
		}
		return List.copyOf(windows);
	}

	/**
	 * The free half hours of the week in UTC, as {@code CohortBuilder.freeSlots}
	 * computes them.
	 */
	static long[] freeSlots(List<String> windows, String zoneId) {
		long[] free = new long[Bits.words(WeeklySlots.SLOTS)];
		ZoneId zone = ZoneId.of(zoneId);
		Instant weekStart = WEEK_START.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (String w : windows) {
			String[] f = w.split("[ -]");
			LocalDate day = WEEK_START.plusDays(DayOfWeek.valueOf(f[0]).getValue() - 1L);
			Instant from = day.atTime(LocalTime.parse(f[1])).atZone(zone).toInstant();
			Instant to = day.atTime(LocalTime.parse(f[2])).atZone(zone).toInstant();
			WeeklySlots.markFree(free, (int) Duration.between(weekStart, from).toMinutes(),
					(int) Duration.between(weekStart, to).toMinutes());
		}
		return free;
	}

	/**
	 * Supervisors (administrators and officials more often) and the people they
	 * supervise, at their own place or a place just below it.
	 */
	private static void reportingLines(SplittableRandom rnd, List<Profile> profiles, List<Person> people,
			Map<Integer, List<Integer>> children, Set<Long> taken, List<PersonPair> pairs) {
		Map<Integer, List<Integer>> atPlace = new HashMap<>();
		for (Profile p : profiles) {
			atPlace.computeIfAbsent(p.place(), k -> new ArrayList<>()).add(p.index());
		}
		double[] supervisorWeight = new double[profiles.size()];
		for (Profile p : profiles) {
			supervisorWeight[p.index()] = p.groups().contains(2) ? 5 : p.groups().contains(5) ? 3 : 1;
		}
		int supervisors = (int) Math.round(0.03 * profiles.size());
		Set<Integer> chosen = new java.util.HashSet<>();
		for (int attempt = 0; chosen.size() < supervisors && attempt < 20 * supervisors + 20; attempt++) {
			int s = pick(rnd, supervisorWeight);
			if (chosen.contains(s)) {
				continue;
			}
			Profile boss = profiles.get(s);
			List<Integer> candidates = new ArrayList<>(atPlace.getOrDefault(boss.place(), List.of()));
			if (boss.place() != 0) {
				for (int child : children.getOrDefault(boss.place(), List.of())) {
					candidates.addAll(atPlace.getOrDefault(child, List.of()));
				}
			}
			candidates.remove(Integer.valueOf(s));
			if (candidates.isEmpty()) {
				continue;
			}
			chosen.add(s);
			int k = Math.min(candidates.size(), 1 + rnd.nextInt(5));
			for (int j = 0; j < k; j++) {
				int staff = candidates.remove(rnd.nextInt(candidates.size()));
				add(pairs, taken, people, s, staff, PairKind.REPORTING_LINE);
			}
		}
	}

	private static void doNotMatch(SplittableRandom rnd, List<Profile> profiles, List<Person> people, Set<Long> taken,
			List<PersonPair> pairs) {
		int n = profiles.size();
		Map<Integer, List<Integer>> byState = new HashMap<>();
		for (Profile p : profiles) {
			byState.computeIfAbsent(p.state(), k -> new ArrayList<>()).add(p.index());
		}
		int wishes = Math.max(1, (int) Math.round(0.01 * n));
		for (int made = 0, attempt = 0; made < wishes && attempt < 50 * wishes; attempt++) {
			int a = rnd.nextInt(n);
			List<Integer> sameState = byState.get(profiles.get(a).state());
			int b = rnd.nextDouble() < 0.7 && sameState.size() > 1
					? sameState.get(rnd.nextInt(sameState.size()))
					: rnd.nextInt(n);
			if (a != b && add(pairs, taken, people, a, b, PairKind.DO_NOT_MATCH)) {
				made++;
			}
		}
	}

	/**
	 * Groups of 2–4 people who were partners before, of people who share a language
	 * and a state or a concern, until 10% of the cohort was in one.
	 */
	private static void pastGroupings(SplittableRandom rnd, List<Profile> profiles, List<Person> people,
			Set<Long> taken, List<PersonPair> pairs) {
		int n = profiles.size();
		boolean[] before = new boolean[n];
		int target = (int) Math.round(0.10 * n);
		int covered = 0;
		for (int attempt = 0; covered < target && attempt < 20 * n; attempt++) {
			int first = rnd.nextInt(n);
			if (before[first]) {
				continue;
			}
			int size = 2 + pick(rnd, new double[]{50, 30, 20});
			List<Integer> group = new ArrayList<>(List.of(first));
			for (int tries = 0; tries < 400 && group.size() < size; tries++) {
				int c = rnd.nextInt(n);
				if (before[c] || group.contains(c) || !alike(profiles.get(first), profiles.get(c))) {
					continue;
				}
				group.add(c);
			}
			if (group.size() < 2) {
				continue;
			}
			for (int i = 0; i < group.size(); i++) {
				before[group.get(i)] = true;
				for (int j = i + 1; j < group.size(); j++) {
					add(pairs, taken, people, group.get(i), group.get(j), PairKind.PARTNERED_BEFORE);
				}
			}
			covered += group.size();
		}
	}

	private static boolean alike(Profile a, Profile b) {
		boolean language = a.languages().stream().anyMatch(b.languages()::contains);
		boolean concern = a.concerns().stream().anyMatch(b.concerns()::contains);
		return language && (a.state() == b.state() || concern);
	}

	/** Adds the pair unless the two are already a pair of any kind. */
	private static boolean add(List<PersonPair> pairs, Set<Long> taken, List<Person> people, int a, int b,
			PairKind kind) {
		long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
		if (!taken.add(key)) {
			return false;
		}
		pairs.add(new PersonPair(people.get(a), people.get(b), kind));
		return true;
	}

	private static int pick(SplittableRandom rnd, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = rnd.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		int last = weights.length - 1;
		while (weights[last] == 0) {
			last--;
		}
		return last;
	}

	private static int pickFrom(SplittableRandom rnd, List<Integer> values) {
		return values.get(rnd.nextInt(values.size()));
	}
}
