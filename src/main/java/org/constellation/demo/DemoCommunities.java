package org.constellation.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constellation.communities.Activity;
import org.constellation.communities.CharterDraft;
import org.constellation.communities.Community;
import org.constellation.communities.CommunityService;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Participation;
import org.constellation.communities.Stage;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.springframework.stereotype.Component;

/**
 * Twelve communities of practice: at national, state, district and school level
 * and across levels, in every life-cycle stage, with members at every
 * participation level and people asking to join.
 */
@Component
class DemoCommunities implements DemoSeed {

	record Seed(String name, String purpose, String practice, Set<Activity> activities, List<String> issues,
			List<String> groups, List<String> levels, List<String> places, Visibility visibility, JoinPolicy joinPolicy,
			Stage stage, String convener, String legitimacy, int members) {
	}

	static final List<Seed> SEEDS = List.of(new Seed("Family voice in IEP meetings",
			"Families, teachers and advocates learning how to make IEP meetings real conversations.",
			"""
					We bring **stories from IEP meetings** — the ones that went well and the ones that did not — and look at them together.
					Every month we meet online for an hour; between meetings we keep a shared set of tools families can use to prepare.""",
			EnumSet.of(Activity.CONVERSATIONS, Activity.STORY_SHARING, Activity.GATHERINGS, Activity.SHARED_REPERTOIRE),
			List.of("Family voice in IEP meetings", "Family engagement"),
			List.of("Families", "Educators", "Advocates", "Administrators"),
			List.of("State", "District", "School/Program"),
			List.of("Ohio", "Columbus City Schools", "Eastmoor Elementary", "Lakeview Middle School"),
			Visibility.PUBLIC, JoinPolicy.OPEN, Stage.MATURING, "convener@example.org",
			"I have run the state parent center's IEP training for eight years and sat on both sides of the table.",
			22),
			new Seed("Co-teaching partners of Burlington",
					"General and special educators in Burlington schools who teach together.",
					"We visit each other's co-taught classrooms, review cases of what did not work, and plan one joint unit a term.",
					EnumSet.of(Activity.PEER_VISITS, Activity.CASE_REVIEWS, Activity.PRACTICE_WORK),
					List.of("Co-teaching and collaboration", "Inclusive classrooms"),
					List.of("Educators", "Administrators"), List.of("School/Program"),
					List.of("Champlain Elementary", "Burlington Technical Center"), Visibility.MEMBERS,
					JoinPolicy.REQUEST, Stage.COALESCING, "member05@example.org",
					"I have co-taught for eleven years and mentor new co-teaching pairs in the district.", 10),
			new Seed("State transition leaders",
					"State officials across four states comparing how they connect schools with adult services.",
					"Quarterly gatherings and a shared set of **interagency agreements** we adapt to our own states.",
					EnumSet.of(Activity.GATHERINGS, Activity.SHARED_REPERTOIRE, Activity.CONVERSATIONS),
					List.of("Transition to adult life", "Employment after school"),
					List.of("Policymakers and officials", "Agency staff"), List.of("State"),
					List.of("Ohio", "New Mexico", "Vermont", "Oregon"), Visibility.MEMBERS, JoinPolicy.INVITATION,
					Stage.STEWARDSHIP, "steward@example.org",
					"The national initiative asked me to convene state leads; I coordinated its transition work since 2019.",
					9),
			new Seed("Rural telepractice network",
					"Therapists and teachers reaching students in rural districts, sharing what works at a distance.",
					"Case reviews of telepractice sessions, a glossary for families new to therapy online, and visits when we can.",
					EnumSet.of(Activity.CASE_REVIEWS, Activity.SHARED_REPERTOIRE, Activity.CONVERSATIONS),
					List.of("Rural service delivery", "Workforce shortages"),
					List.of("Community and health professionals", "Educators", "Families"), List.of("District"),
					List.of("Gallup-McKinley County Schools", "Klamath County School District",
							"Caledonia Central Supervisory Union"),
					Visibility.PUBLIC, JoinPolicy.OPEN, Stage.MATURING, "member13@example.org",
					"I have delivered speech therapy by video to three rural districts for six years.", 16),
			new Seed("Inclusive early learning, across levels",
					"National, state and local people making early childhood settings inclusive from the start.",
					"We connect national guidance with what preschool teachers and families live each day: monthly conversations, a repertoire of practices, and one shared project a year.",
					EnumSet.of(Activity.CONVERSATIONS, Activity.PRACTICE_WORK, Activity.SHARED_REPERTOIRE,
							Activity.GATHERINGS),
					List.of("Early childhood inclusion"),
					List.of("Educators", "Families", "Policymakers and officials"),
					List.of("National", "State", "School/Program"),
					List.of("United States", "New Mexico", "Linden Early Learning Program",
							"Cabot Community Preschool"),
					Visibility.PUBLIC, JoinPolicy.REQUEST, Stage.COALESCING, "convener@example.org",
					"I started in an inclusive preschool and now link family centers with state early learning teams.",
					18),
			new Seed("Restraint-free schools", "Ending restraint and seclusion, one school and one district at a time.",
					"Data reviews, stories of crises that were prevented, and training we design and deliver together.",
					EnumSet.of(Activity.CASE_REVIEWS, Activity.PRACTICE_WORK, Activity.CONVERSATIONS),
					List.of("Reducing restraint and seclusion", "Positive behavior support"),
					List.of("Administrators", "Educators", "Advocates", "Researchers"),
					List.of("National", "State", "District"),
					List.of("United States", "Oregon", "Portland Public Schools", "Albuquerque Public Schools"),
					Visibility.MEMBERS, JoinPolicy.REQUEST, Stage.MATURING, "member23@example.org",
					"I led my district from 140 restraints a year to none, and I know how hard the middle of that road is.",
					14),
			new Seed("Data for improvement", "State data teams using outcome data to decide what to change.",
					"Each member brings one question their data raised; we work through it together.",
					EnumSet.of(Activity.CONVERSATIONS, Activity.GATHERINGS), List.of("Data use for improvement"),
					List.of("Agency staff", "Researchers", "Policymakers and officials"), List.of("State"),
					List.of("Ohio", "Vermont", "Oregon"), Visibility.PUBLIC, JoinPolicy.OPEN, Stage.POTENTIAL,
					"member33@example.org", "", 6),
			new Seed("Paraprofessionals learning together",
					"Paraprofessionals in two districts sharing what they do and what they need.",
					"Short stories of a day's work, questions to each other, and a shared list of training that helped.",
					EnumSet.of(Activity.STORY_SHARING, Activity.CONVERSATIONS, Activity.SHARED_REPERTOIRE),
					List.of("Paraprofessional development"), List.of("Educators"), List.of("District"),
					List.of("Columbus City Schools", "Lakeview Local Schools"), Visibility.PUBLIC, JoinPolicy.OPEN,
					Stage.COALESCING, "member02@example.org",
					"I have been a paraprofessional for fifteen years and train new colleagues in my district.", 12),
			new Seed("Self-advocates lead", "Students leading their own IEP meetings, with the adults who back them.",
					"Students share how they prepared and led their meetings; adults listen first and ask after.",
					EnumSet.of(Activity.STORY_SHARING, Activity.GATHERINGS), List.of("Self-advocacy and student voice"),
					List.of("Students and self-advocates", "Families", "Educators"), List.of("School/Program"),
					List.of("Rio Grande High School", "Roosevelt High School"), Visibility.MEMBERS, JoinPolicy.REQUEST,
					Stage.POTENTIAL, "member08@example.org",
					"I led my own IEP meetings through high school and now coach younger students.", 7),
			new Seed("Well-being of those who support",
					"Educators and therapists in Albuquerque looking after their own well-being and each other's.",
					"A monthly circle with reflection and one small practice to try before next time.",
					EnumSet.of(Activity.GATHERINGS, Activity.CONVERSATIONS), List.of("Mental health and well-being"),
					List.of("Educators", "Community and health professionals"), List.of("District"),
					List.of("Albuquerque Public Schools"), Visibility.MEMBERS, JoinPolicy.REQUEST, Stage.MATURING,
					"member17@example.org", "I am a school counselor and facilitate reflective practice groups.", 11),
			new Seed("National disproportionality forum",
					"Researchers, advocates and officials looking at who is identified, disciplined and placed where, and why.",
					"Reading groups on new studies, and case reviews of district plans that changed outcomes.",
					EnumSet.of(Activity.CASE_REVIEWS, Activity.CONVERSATIONS, Activity.SHARED_REPERTOIRE),
					List.of("Disproportionality", "Data use for improvement"),
					List.of("Researchers", "Advocates", "Policymakers and officials", "Families"),
					List.of("National", "State"), List.of("United States"), Visibility.PUBLIC, JoinPolicy.OPEN,
					Stage.TRANSFORMATION, "member41@example.org",
					"I direct the national technical assistance center's equity work.", 15),
			new Seed("Assistive technology in Klamath",
					"Getting devices to students quickly in Klamath County schools.", "",
					EnumSet.noneOf(Activity.class), List.of("Assistive technology access"), List.of(), List.of(),
					List.of("Klamath County School District", "Chiloquin Elementary"), Visibility.PUBLIC,
					JoinPolicy.OPEN, Stage.POTENTIAL, "member29@example.org", "", 4));

	private final CommunityService communities;
	private final MembershipService memberships;
	private final Portfolio portfolio;
	private final People people;

	DemoCommunities(CommunityService communities, MembershipService memberships, Portfolio portfolio, People people) {
		this.communities = communities;
		this.memberships = memberships;
		this.portfolio = portfolio;
		this.people = people;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed() {
		Random random = new Random(10);
		Map<String, Long> issues = new HashMap<>();
		portfolio.issues().forEach(i -> issues.put(i.getName(), i.getId()));
		Map<String, Long> groups = new HashMap<>();
		portfolio.stakeholderGroups().forEach(g -> groups.put(g.getName(), g.getId()));
		Map<String, Long> levels = new HashMap<>();
		portfolio.levels().forEach(l -> levels.put(l.getName(), l.getId()));
		Map<String, Long> places = new HashMap<>();
		portfolio.allPlaces().forEach(p -> places.put(p.getName(), p.getId()));
		for (Seed seed : SEEDS) {
			AccountPrincipal convener = DemoSeed.as(people, seed.convener());
			Community community = communities.convene(convener,
					new CharterDraft(seed.name(), seed.purpose(), ids(seed.issues(), issues),
							ids(seed.groups(), groups), ids(seed.levels(), levels), ids(seed.places(), places),
							seed.activities(), seed.practice(), seed.visibility(), JoinPolicy.OPEN, null),
					seed.legitimacy());
			long id = community.getId();
			List<Integer> pool = new ArrayList<>();
			for (int i = 1; i <= 60; i++) {
				pool.add(i);
			}
			Collections.shuffle(pool, random);
			Participation[] levelsOfParticipation = Participation.values();
			int joined = 0;
			for (int n : pool) {
				if (joined >= seed.members()) {
					break;
				}
				String email = "member%02d@example.org".formatted(n);
				if (email.equals(seed.convener())) {
					continue;
				}
				AccountPrincipal member = DemoSeed.as(people, email);
				memberships.join(member, id, WHY.get(random.nextInt(WHY.size())));
				// a pyramid: few core, more active, many occasional and peripheral
				memberships.participate(member, id,
						levelsOfParticipation[Math.min(joined * 4 / seed.members() + (joined % 3 == 0 ? 0 : 1), 3)]);
				joined++;
			}
			if (seed.joinPolicy() == JoinPolicy.REQUEST) {
				AccountPrincipal asking = DemoSeed.as(people, "member%02d@example.org".formatted(pool.getLast()));
				if (!asking.email().equals(seed.convener())) {
					communities.changeCharter(convener, id, open(community, seed.joinPolicy()));
					memberships.join(asking, id, "I would like to learn from people further along than my school is.");
				}
			} else if (seed.joinPolicy() != JoinPolicy.OPEN) {
				communities.changeCharter(convener, id, open(communities.community(id), seed.joinPolicy()));
			}
			moveAlong(convener, id, seed.stage());
		}
	}

	private CharterDraft open(Community c, JoinPolicy policy) {
		Community saved = communities.community(c.getId());
		return new CharterDraft(saved.getName(), saved.getPurpose(), saved.getIssueIds(),
				saved.getStakeholderGroupIds(), saved.getNeededLevelIds(), saved.getPlaceIds(), saved.getActivities(),
				saved.getPractice(), saved.getVisibility(), policy, null);
	}

	private void moveAlong(AccountPrincipal convener, long id, Stage target) {
		for (Stage stage : Stage.values()) {
			if (stage == Stage.POTENTIAL) {
				continue;
			}
			if (stage.ordinal() > target.ordinal()) {
				break;
			}
			communities.changeStage(convener, id, stage, NOTES.get(stage));
		}
	}

	private static Set<Long> ids(List<String> names, Map<String, Long> byName) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String name : names) {
			Long id = byName.get(name);
			if (id == null) {
				throw new IllegalStateException("Demo data refers to an unknown name: " + name);
			}
			ids.add(id);
		}
		return ids;
	}

	static final List<String> WHY = List.of("I want to hear how others handle what I face every week.",
			"My daughter's school is starting this, and I want to help it go well.",
			"I have stories to share and a lot of questions.",
			"Our district is stuck on this and I am looking for fresh eyes.",
			"I learn best from people doing the work.", "A colleague told me this group changed how she works.",
			"I'm new to this role and want to learn from people who have been there.");

	static final Map<Stage, String> NOTES = Map.of(Stage.COALESCING,
			"We have met three times; people are starting to bring real cases.", Stage.MATURING,
			"Members now propose their own topics and run gatherings without us.", Stage.STEWARDSHIP,
			"The practice is steady; our focus is welcoming new members and keeping our repertoire current.",
			Stage.TRANSFORMATION,
			"We are becoming part of a wider national network; the core group will carry on there.");
}
