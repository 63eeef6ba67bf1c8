package org.constellation.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.AvailabilityWindow;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLineService;
import org.constellation.people.ReportingRelation;
import org.constellation.people.Role;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.IssueDraft;
import org.constellation.portfolio.IssueStatus;
import org.constellation.portfolio.Level;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.PlaceDraft;
import org.constellation.portfolio.Portfolio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds the demo constellation through the modules' own APIs, so that it obeys
 * every rule a person would meet. Deterministic: the same seed gives the same
 * people, concerns and windows every time.
 */
class DemoConstellation {

	static final String PASSWORD = "constellation";
	static final int MEMBERS = 60;

	private static final Logger log = LoggerFactory.getLogger(DemoConstellation.class);

	private final Portfolio portfolio;
	private final AccountService accounts;
	private final ProfileService profiles;
	private final ReportingLineService reportingLines;
	private final PasswordEncoder passwords;
	private final Random random = new Random(20261123L);

	DemoConstellation(Portfolio portfolio, AccountService accounts, ProfileService profiles,
			ReportingLineService reportingLines, PasswordEncoder passwords) {
		this.portfolio = portfolio;
		this.accounts = accounts;
		this.profiles = profiles;
		this.reportingLines = reportingLines;
		this.passwords = passwords;
	}

	void load() {
		long started = System.nanoTime();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-constellation", null,
				List.of(new SimpleGrantedAuthority(Role.STEWARD.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			Map<String, Level> levels = new LinkedHashMap<>();
			portfolio.levels().forEach(l -> levels.put(l.getName(), l));
			List<Place> places = places(levels);
			List<Issue> issues = issues(levels);
			List<Practitioner> practitioners = practitioners(places, issues);
			reportingLines(practitioners);
			log.info("Demo constellation loaded: {} places, {} issues, {} practitioners in {} ms", places.size(),
					issues.size(), practitioners.size(), (System.nanoTime() - started) / 1_000_000);
		} finally {
			SecurityContextHolder.clearContext();
		}
	}

	// Places: the nation, four states, two districts in each, schools and programs
	// in each district.

	record StateSeed(String name, String zone, List<String> districts, List<String> schools) {
	}

	static final List<StateSeed> STATES = List.of(
			new StateSeed("Ohio", "America/New_York", List.of("Columbus City Schools", "Lakeview Local Schools"),
					List.of("Eastmoor Elementary", "Linden Early Learning Program", "Lakeview Middle School",
							"Lakeview Transition Program")),
			new StateSeed("New Mexico", "America/Denver",
					List.of("Albuquerque Public Schools", "Gallup-McKinley County Schools"),
					List.of("Rio Grande High School", "Valle Vista Elementary", "Tohatchi Elementary",
							"Gallup Family Learning Center")),
			new StateSeed("Vermont", "America/New_York",
					List.of("Burlington School District", "Caledonia Central Supervisory Union"),
					List.of("Champlain Elementary", "Burlington Technical Center", "Danville School",
							"Cabot Community Preschool")),
			new StateSeed("Oregon", "America/Los_Angeles",
					List.of("Portland Public Schools", "Klamath County School District"),
					List.of("Roosevelt High School", "Rosa Parks Elementary", "Chiloquin Elementary",
							"Klamath Early Intervention Program")));

	private final Map<Long, String> zoneOfPlace = new LinkedHashMap<>();

	private List<Place> places(Map<String, Level> levels) {
		List<Place> all = new ArrayList<>();
		Place nation = portfolio.addPlace(new PlaceDraft("United States", levels.get("National").getId(), null));
		all.add(nation);
		zoneOfPlace.put(nation.getId(), "America/Chicago");
		for (StateSeed seed : STATES) {
			Place state = portfolio.addPlace(new PlaceDraft(seed.name(), levels.get("State").getId(), nation.getId()));
			all.add(state);
			zoneOfPlace.put(state.getId(), seed.zone());
			for (int d = 0; d < seed.districts().size(); d++) {
				Place district = portfolio.addPlace(
						new PlaceDraft(seed.districts().get(d), levels.get("District").getId(), state.getId()));
				all.add(district);
				zoneOfPlace.put(district.getId(), seed.zone());
				for (String school : seed.schools().subList(d * 2, d * 2 + 2)) {
					Place p = portfolio
							.addPlace(new PlaceDraft(school, levels.get("School/Program").getId(), district.getId()));
					all.add(p);
					zoneOfPlace.put(p.getId(), seed.zone());
				}
			}
		}
		return all;
	}

	// Issues: twelve concerns of inclusive education, with sub-issues, spanning
	// different levels.

	record IssueSeed(String name, String description, IssueStatus status, List<String> levels, String parent) {
	}

	static final List<IssueSeed> ISSUES = List.of(new IssueSeed("Inclusive classrooms",
			"Students with disabilities learning alongside their peers in general education classrooms, with the supports they need to take part fully.",
			IssueStatus.ACTIVE, List.of("National", "State", "District", "School/Program"), null),
			new IssueSeed("Co-teaching and collaboration",
					"General and special educators planning, teaching and assessing together. What makes co-teaching partnerships last beyond the first year?",
					IssueStatus.ACTIVE, List.of("District", "School/Program"), "Inclusive classrooms"),
			new IssueSeed("Universal Design for Learning",
					"Designing lessons, materials and assessments that work for the widest range of learners from the start, rather than retrofitting accommodations.",
					IssueStatus.ACTIVE, List.of("State", "District", "School/Program"), "Inclusive classrooms"),
			new IssueSeed("Family engagement",
					"Families as partners in decisions about their children's education, not only recipients of information.",
					IssueStatus.ACTIVE, List.of("National", "State", "District", "School/Program"), null),
			new IssueSeed("Family voice in IEP meetings",
					"Individualized Education Program meetings where families are heard and decisions are made together, in a language and format families can use.",
					IssueStatus.ACTIVE, List.of("District", "School/Program"), "Family engagement"),
			new IssueSeed("Transition to adult life",
					"Preparing young people with disabilities for work, further learning and independent living, and connecting schools with adult services.",
					IssueStatus.ACTIVE, List.of("National", "State", "District", "School/Program"), null),
			new IssueSeed("Employment after school",
					"Paid work in the community for young adults with disabilities: internships, job coaching and employer partnerships.",
					IssueStatus.EMERGING, List.of("State", "District"), "Transition to adult life"),
			new IssueSeed("Positive behavior support",
					"School-wide and individual approaches to behavior that teach rather than punish, and reduce exclusionary discipline.",
					IssueStatus.ACTIVE, List.of("State", "District", "School/Program"), null),
			new IssueSeed("Reducing restraint and seclusion",
					"Ending the use of restraint and seclusion through training, data and crisis prevention.",
					IssueStatus.EMERGING, List.of("National", "State", "District"), "Positive behavior support"),
			new IssueSeed("Early childhood inclusion",
					"Young children with disabilities in inclusive early learning settings, and smooth transitions from early intervention to preschool.",
					IssueStatus.ACTIVE, List.of("National", "State", "School/Program"), null),
			new IssueSeed("Workforce shortages",
					"Recruiting, preparing and keeping special educators, paraprofessionals and related service providers.",
					IssueStatus.ACTIVE, List.of("National", "State", "District"), null),
			new IssueSeed("Paraprofessional development",
					"Training, supervision and career paths for the paraprofessionals who do much of the daily support work.",
					IssueStatus.EMERGING, List.of("District", "School/Program"), "Workforce shortages"),
			new IssueSeed("Data use for improvement",
					"Using state and local data on outcomes of students with disabilities to decide what to change, not only to report compliance.",
					IssueStatus.ACTIVE, List.of("National", "State", "District"), null),
			new IssueSeed("Disproportionality",
					"Students of some racial and language groups identified for special education, disciplined or placed outside general classrooms more often than others.",
					IssueStatus.ACTIVE, List.of("National", "State", "District"), null),
			new IssueSeed("Rural service delivery",
					"Reaching students and families in rural and remote communities with specialists, therapy and training, including through telepractice.",
					IssueStatus.EMERGING, List.of("State", "District", "School/Program"), null),
			new IssueSeed("Mental health and well-being",
					"Mental health supports for students with disabilities, and the well-being of the adults who support them.",
					IssueStatus.ACTIVE, List.of("State", "District", "School/Program"), null),
			new IssueSeed("Self-advocacy and student voice",
					"Students leading their own IEP meetings and speaking up about what they need, in school and after.",
					IssueStatus.EMERGING, List.of("National", "School/Program"), null),
			new IssueSeed("Assistive technology access",
					"Getting the right devices and communication tools to students quickly, and training everyone around them to use them.",
					IssueStatus.DORMANT, List.of("State", "District", "School/Program"), null));

	private List<Issue> issues(Map<String, Level> levels) {
		Map<String, Issue> byName = new LinkedHashMap<>();
		for (IssueSeed seed : ISSUES) {
			Set<Long> levelIds = new LinkedHashSet<>();
			seed.levels().forEach(l -> levelIds.add(levels.get(l).getId()));
			Long parentId = seed.parent() == null ? null : byName.get(seed.parent()).getId();
			byName.put(seed.name(), portfolio
					.addIssue(new IssueDraft(seed.name(), seed.description(), seed.status(), parentId, levelIds)));
		}
		return List.copyOf(byName.values());
	}

	// People: a steward, a convener, a sponsor and sixty members across every group
	// and level.

	static final String[] FIRST = {"Amara", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Imani",
			"Jonah", "Keisha", "Luis", "Maya", "Nathan", "Olivia", "Pradeep", "Quinn", "Rosa", "Samuel", "Tala", "Uma",
			"Victor", "Wren", "Xavier", "Yasmin", "Zane", "Aisha", "Bruno", "Chloe", "Diego"};
	static final String[] LAST = {"Okafor", "Martinez", "Nguyen", "Begay", "Johansson", "Haddad", "Whitfield", "Tanaka",
			"Reyes", "Kowalski", "Yazzie", "Brennan", "Osei", "Lindqvist", "Patel", "Moreau", "Castillo", "Abernathy",
			"Sato", "Fontaine"};

	record RoleSeed(String group, String levelName, String context, String expertise) {
	}

	/**
	 * Who the members are, in turn: each stakeholder group, at the levels where it
	 * works.
	 */
	static final List<RoleSeed> ROLES = List.of(
			new RoleSeed("Educators", "School/Program",
					"I teach a fourth-grade inclusive classroom with a co-teacher three days a week.",
					"Co-teaching, reading instruction, classroom routines"),
			new RoleSeed("Educators", "School/Program",
					"Special education teacher for grades 6 to 8, supporting students across general classes.",
					"Differentiation, IEP goals, behavior plans"),
			new RoleSeed("Administrators", "School/Program",
					"Principal of a school that is moving from separate classes to inclusive ones.",
					"School leadership, scheduling for inclusion"),
			new RoleSeed("Administrators", "District", "Director of special education for a mid-sized district.",
					"Compliance, staffing, program design"),
			new RoleSeed("Families", "School/Program",
					"Parent of a child with autism in second grade; active in our parent group.",
					"Navigating IEPs, connecting families"),
			new RoleSeed("Families", "District",
					"Parent of two, one with Down syndrome; I co-chair the district's special education parent council.",
					"Family organizing, advocacy at meetings"),
			new RoleSeed("Students and self-advocates", "School/Program",
					"High school senior who leads my own IEP meetings and mentors younger students.",
					"Self-advocacy, student-led IEPs"),
			new RoleSeed("Students and self-advocates", "State",
					"Self-advocate and member of the state developmental disabilities council.",
					"Lived experience, policy testimony"),
			new RoleSeed("Policymakers and officials", "State",
					"Staff at the state department of education, special education office.",
					"State policy, monitoring, data"),
			new RoleSeed("Policymakers and officials", "National",
					"Program officer working on national technical assistance.", "Federal policy, grant programs"),
			new RoleSeed("Advocates", "State", "Advocate at a parent training and information center.",
					"Family training, dispute resolution"),
			new RoleSeed("Advocates", "National", "Policy advocate for a national disability rights organization.",
					"Civil rights, coalition building"),
			new RoleSeed("Researchers", "National",
					"University researcher studying inclusive practices and their outcomes.",
					"Research design, evaluation"),
			new RoleSeed("Researchers", "State", "Evaluator for the state's improvement plan.",
					"Data use, implementation science"),
			new RoleSeed("Community and health professionals", "School/Program",
					"Speech-language pathologist serving three schools.",
					"Communication, assistive technology, telepractice"),
			new RoleSeed("Community and health professionals", "District",
					"Occupational therapist and early intervention provider.", "Early childhood, sensory supports"),
			new RoleSeed("Community and health professionals", "District",
					"School psychologist focused on mental health and behavior support.",
					"Assessment, PBIS, crisis prevention"),
			new RoleSeed("Agency staff", "State",
					"Transition coordinator at the state vocational rehabilitation agency.",
					"Employment services, interagency work"),
			new RoleSeed("Agency staff", "State", "Early intervention coordinator at the state health department.",
					"Part C services, transitions to preschool"),
			new RoleSeed("Educators", "District",
					"Instructional coach for inclusive practices across the district's elementary schools.",
					"UDL, coaching, professional learning"));

	static final Map<String, List<String>> CONCERNS_BY_GROUP = Map
			.of("Educators",
					List.of("Co-teaching and collaboration", "Universal Design for Learning",
							"Positive behavior support", "Inclusive classrooms", "Paraprofessional development"),
					"Administrators",
					List.of("Inclusive classrooms", "Workforce shortages", "Data use for improvement",
							"Positive behavior support", "Disproportionality"),
					"Families",
					List.of("Family voice in IEP meetings", "Family engagement", "Transition to adult life",
							"Early childhood inclusion", "Self-advocacy and student voice"),
					"Students and self-advocates", List.of("Self-advocacy and student voice",
							"Transition to adult life", "Employment after school", "Mental health and well-being"),
					"Policymakers and officials", List.of("Data use for improvement", "Disproportionality",
							"Workforce shortages", "Reducing restraint and seclusion", "Early childhood inclusion"),
					"Advocates",
					List.of("Reducing restraint and seclusion", "Family voice in IEP meetings", "Disproportionality",
							"Inclusive classrooms"),
					"Researchers",
					List.of("Data use for improvement", "Universal Design for Learning", "Inclusive classrooms",
							"Disproportionality"),
					"Community and health professionals",
					List.of("Mental health and well-being", "Rural service delivery", "Early childhood inclusion",
							"Assistive technology access"),
					"Agency staff", List.of("Transition to adult life", "Employment after school",
							"Early childhood inclusion", "Rural service delivery"));

	private List<Practitioner> practitioners(List<Place> places, List<Issue> issues) {
		String hash = passwords.encode(PASSWORD);
		Map<String, Long> groupIds = new LinkedHashMap<>();
		portfolio.stakeholderGroups().forEach(g -> groupIds.put(g.getName(), g.getId()));
		Map<String, Long> issueIds = new LinkedHashMap<>();
		issues.forEach(i -> issueIds.put(i.getName(), i.getId()));
		Map<String, List<Place>> placesByLevel = new LinkedHashMap<>();
		places.forEach(p -> placesByLevel.computeIfAbsent(p.getLevel().getName(), k -> new ArrayList<>()).add(p));

		List<Practitioner> created = new ArrayList<>();
		created.add(person("steward@example.org", "Morgan Ellis", EnumSet.of(Role.MEMBER, Role.STEWARD), hash,
				new RoleSeed("Agency staff", "National",
						"I steward the constellation for the national initiative on inclusive education.",
						"Network stewardship, facilitation"),
				placesByLevel, groupIds, issueIds));
		created.add(person("convener@example.org", "Rosa Delgado", EnumSet.of(Role.MEMBER), hash,
				new RoleSeed("Advocates", "State",
						"I convene communities of practice on family engagement and transition across our region.",
						"Convening, facilitation, family partnership"),
				placesByLevel, groupIds, issueIds));
		accounts.createAccount("sponsor@example.org", "Harriet Quinn", hash, EnumSet.of(Role.SPONSOR),
				ZoneId.of("America/New_York"));
		for (int i = 1; i <= MEMBERS; i++) {
			String name = FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 11) % LAST.length];
			RoleSeed role = ROLES.get((i - 1) % ROLES.size());
			created.add(person("member%02d@example.org".formatted(i), name, EnumSet.of(Role.MEMBER), hash, role,
					placesByLevel, groupIds, issueIds));
		}
		return created;
	}

	private Practitioner person(String email, String name, Set<Role> roles, String hash, RoleSeed role,
			Map<String, List<Place>> placesByLevel, Map<String, Long> groupIds, Map<String, Long> issueIds) {
		List<Place> candidates = placesByLevel.get(role.levelName());
		Place home = candidates.get(random.nextInt(candidates.size()));
		String zone = zoneOfPlace.get(home.getId());
		Practitioner practitioner = accounts.createAccount(email, name, hash, roles, ZoneId.of(zone));
		Set<Long> groups = new LinkedHashSet<>(List.of(groupIds.get(role.group())));
		if (random.nextInt(6) == 0) {
			// some people belong to two groups: a teacher who is also a parent
			groups.add(groupIds.get("Families"));
		}
		List<String> concernPool = new ArrayList<>(CONCERNS_BY_GROUP.get(role.group()));
		java.util.Collections.shuffle(concernPool, random);
		Set<Long> concerns = new LinkedHashSet<>();
		concernPool.subList(0, 2 + random.nextInt(2)).forEach(c -> concerns.add(issueIds.get(c)));
		List<String> languages = random.nextInt(4) == 0
				? List.of("English", random.nextBoolean() ? "Spanish" : "Navajo")
				: List.of("English");
		boolean open = random.nextInt(4) != 0;
		AccountPrincipal self = new AccountPrincipal(null, practitioner.getId(), email, roles, null, false);
		profiles.updateProfile(self,
				new ProfileDraft(name, groups, List.of(affiliationFor(role, home)), home.getId(), role.context(),
						role.expertise(), concerns, languages, zone, windows(), open, open ? 1 + random.nextInt(2) : 0,
						null));
		return profiles.practitioner(practitioner.getId());
	}

	private static String affiliationFor(RoleSeed role, Place home) {
		return switch (role.levelName()) {
			case "National" -> "National Inclusive Education Initiative";
			case "State" ->
				home.getName() + " " + (role.group().equals("Advocates") ? "Parent Center" : "Department of Education");
			default -> home.getName();
		};
	}

	private List<AvailabilityWindow> windows() {
		List<AvailabilityWindow> windows = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
			int startHour = 7 + random.nextInt(11);
			windows.add(new AvailabilityWindow(day, LocalTime.of(startHour, random.nextBoolean() ? 0 : 30),
					LocalTime.of(startHour + 1 + random.nextInt(2), 0)));
		}
		return windows;
	}

	/**
	 * Some members supervise others (an administrator and their teachers); most
	 * lines are confirmed.
	 */
	private void reportingLines(List<Practitioner> practitioners) {
		List<Practitioner> members = practitioners.subList(2, practitioners.size());
		int[][] pairs = {{3, 1}, {3, 2}, {4, 20}, {23, 21}, {23, 22}, {44, 40}, {9, 29}, {43, 41}};
		for (int i = 0; i < pairs.length; i++) {
			Practitioner supervisor = members.get(pairs[i][0] - 1);
			Practitioner supervisee = members.get(pairs[i][1] - 1);
			var line = reportingLines.declareReportingLine(principal(supervisor), supervisee.getId(),
					ReportingRelation.I_SUPERVISE);
			if (i < pairs.length - 1) {
				reportingLines.answerReportingLine(principal(supervisee), line.getId(), true);
			}
		}
	}

	private static AccountPrincipal principal(Practitioner p) {
		return new AccountPrincipal(null, p.getId(), "", Set.of(Role.MEMBER), null, false);
	}

}
