package org.constellation.formation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.MembershipService;
import org.constellation.formation.solver.FormationConstraints;
import org.constellation.partnerships.FormedProposal;
import org.constellation.partnerships.FormedStatus;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipService;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Directory;
import org.constellation.people.DirectoryQuery;
import org.constellation.people.People;
import org.constellation.people.Practitioner;
import org.constellation.people.Role;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Formation runs: who may start and see them, the cohort they form, and what
 * people do with the result — move a person, pin a group, solve again around
 * the pins, send the groups as partnership invitations. A run is seen by
 * whoever started it, by stewards and by the conveners of its community; nobody
 * else learns it exists (404).
 */
@Service
public class FormationService {

	/** The most people one run forms. */
	public static final int MAX_COHORT = 20_000;

	private final FormationRuns runs;
	private final ProposedGroups groups;
	private final FormationRunner runner;
	private final GroupWriter writer;
	private final CohortBuilder builder;
	private final CommunityAccess communityAccess;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final PartnershipService partnerships;
	private final People people;
	private final Directory directory;
	private final Portfolio portfolio;
	private final Clock clock;

	FormationService(FormationRuns runs, ProposedGroups groups, FormationRunner runner, GroupWriter writer,
			CohortBuilder builder, CommunityAccess communityAccess, CommunityService communities,
			MembershipService memberships, PartnershipService partnerships, People people, Directory directory,
			Portfolio portfolio, Clock clock) {
		this.runs = runs;
		this.groups = groups;
		this.runner = runner;
		this.writer = writer;
		this.builder = builder;
		this.communityAccess = communityAccess;
		this.communities = communities;
		this.memberships = memberships;
		this.partnerships = partnerships;
		this.people = people;
		this.directory = directory;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	// Starting

	@Transactional
	public FormationRun start(AccountPrincipal me, CohortRequest request, RunParameters params) {
		CohortPreview preview = preview(me, request);
		Set<Long> cohort = preview.considered().stream().map(CohortPreview.Person::practitionerId).sorted()
				.collect(Collectors.toCollection(LinkedHashSet::new));
		if (cohort.isEmpty()) {
			throw new InvalidInputException("cohort",
					"Nobody in this group can be formed just now: see who is left out and why");
		}
		if (cohort.size() == 1) {
			throw new InvalidInputException("cohort",
					"Only one person in this group can be formed just now: a partnership needs at least two");
		}
		FormationRun run = runs.save(new FormationRun(me.practitionerId(), request.communityId(),
				label(request, cohort.size()), null, params, cohort, clock.instant()));
		submitAfterCommit(run.getId());
		return run;
	}

	/**
	 * Who a run would form, before it starts: everyone in the chosen group, the
	 * people it will consider and, for everyone else, the one true reason they are
	 * left out. A run started with the same choice forms exactly the people
	 * considered here. Checked as starting is: a community's conveners and stewards
	 * for a community, stewards for any other group.
	 */
	@Transactional(readOnly = true)
	public CohortPreview preview(AccountPrincipal me, CohortRequest request) {
		authorizeStart(me, request);
		Collection<Practitioner> pool = poolOf(me, request);
		Map<Long, CohortPreview.Reason> reasons = builder.screen(pool);
		List<CohortPreview.Person> considered = new ArrayList<>();
		List<CohortPreview.LeftOut> leftOut = new ArrayList<>();
		for (Practitioner p : pool) {
			CohortPreview.Reason reason = reasons.get(p.getId());
			if (reason == null) {
				considered.add(new CohortPreview.Person(p.getId(), p.getDisplayName()));
			} else {
				leftOut.add(new CohortPreview.LeftOut(p.getId(), p.getDisplayName(), reason));
			}
		}
		return new CohortPreview(who(request), considered, leftOut);
	}

	private void authorizeStart(AccountPrincipal me, CohortRequest request) {
		boolean steward = me.has(Role.STEWARD);
		if (request.communityId() != null) {
			communityAccess.standing(me, request.communityId()); // 404 for a community that does not exist
			if (!steward && !communityAccess.standing(me, request.communityId()).canConvene()) {
				throw new ForbiddenException("Only the community's conveners and stewards can form its partnerships");
			}
		} else if (!steward) {
			throw new ForbiddenException(
					"Conveners form partnerships among their community's members; stewards for any cohort");
		}
	}

	/**
	 * Everyone the chosen group holds, open to a partnership or not (except
	 * "everyone open to a partnership", which is only those).
	 */
	private Collection<Practitioner> poolOf(AccountPrincipal me, CohortRequest request) {
		if (!request.practitionerIds().isEmpty()) {
			Map<Long, Practitioner> found = people.practitionersById(request.practitionerIds());
			List<Long> unknown = request.practitionerIds().stream().filter(id -> !found.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				throw new InvalidInputException("practitionerIds", "No practitioner has the id "
						+ unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
			}
			if (request.communityId() != null) {
				Set<Long> members = new HashSet<>(memberships.activeMemberIds(request.communityId()));
				if (!members.containsAll(found.keySet())) {
					throw new InvalidInputException("practitionerIds", "Choose members of the community");
				}
			}
			return found.values();
		}
		if (request.communityId() != null) {
			return people.practitionersById(memberships.activeMemberIds(request.communityId())).values();
		}
		if (request.placeId() != null && portfolio.findPlace(request.placeId()).isEmpty()) {
			throw new InvalidInputException("placeId", "Choose a place of the portfolio");
		}
		if (request.issueId() != null && !portfolio.allIssuesExist(List.of(request.issueId()))) {
			throw new InvalidInputException("issueId", "Choose an issue of the portfolio");
		}
		boolean everyone = request.placeId() == null && request.issueId() == null;
		return directory.directory(me,
				new DirectoryQuery(null, null, request.placeId(), null, request.issueId(), everyone ? true : null),
				PageRequest.of(0, MAX_COHORT)).getContent();
	}

	private String who(CohortRequest request) {
		return request.communityId() != null
				? "Members of " + communities.name(request.communityId())
				: !request.practitionerIds().isEmpty()
						? "Chosen practitioners"
						: request.placeId() != null
								? "People in " + portfolio.place(request.placeId()).getName()
								: request.issueId() != null
										? "People concerned with " + portfolio.issue(request.issueId()).getName()
										: "Everyone open to a partnership";
	}

	private String label(CohortRequest request, int size) {
		return who(request) + " (" + size + (size == 1 ? " person" : " people") + " considered)";
	}

	private void submitAfterCommit(long runId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runner.submit(runId);
			}
		});
	}

	// Reading

	@Transactional(readOnly = true)
	public Page<FormationRun> runs(AccountPrincipal me, Pageable pageable) {
		if (me.has(Role.STEWARD)) {
			return runs.newestFirst(pageable);
		}
		List<Long> convened = communities.mine(me).stream().map(v -> v.id())
				.filter(id -> communityAccess.standing(me, id).canConvene()).toList();
		return runs.visibleTo(me.practitionerId(), convened.isEmpty() ? List.of(-1L) : convened, pageable);
	}

	@Transactional(readOnly = true)
	public FormationRun run(AccountPrincipal me, long id) {
		FormationRun run = runs.findById(id).orElseThrow(() -> new NotFoundException("Formation run " + id));
		if (!maySee(me, run)) {
			throw new NotFoundException("Formation run " + id);
		}
		return run;
	}

	private boolean maySee(AccountPrincipal me, FormationRun run) {
		return me.has(Role.STEWARD) || Objects.equals(run.getRequestedBy(), me.practitionerId())
				|| run.getCommunityId() != null && communityAccess.standing(me, run.getCommunityId()).canConvene();
	}

	@Transactional(readOnly = true)
	public RunView view(AccountPrincipal me, long id, Pageable pageable) {
		FormationRun run = run(me, id);
		Page<ProposedGroup> page = groups.findByRunIdOrderByPosition(id, pageable);
		Map<Long, FormedStatus> statuses = partnerships
				.formedStatuses(page.stream().map(ProposedGroup::getPartnershipId).filter(Objects::nonNull).toList());
		List<UnassignedPerson> unassigned = run.getUnassigned();
		Set<Long> named = new HashSet<>();
		page.forEach(g -> named.addAll(g.getMemberIds()));
		unassigned.forEach(u -> named.add(u.practitionerId()));
		Page<RunView.GroupView> views = page.map(g -> new RunView.GroupView(g, writer.read(g.getExplanation()),
				g.getPartnershipId() == null ? null : statuses.get(g.getPartnershipId())));
		return new RunView(run, run.getCommunityId() == null ? null : communities.name(run.getCommunityId()), views,
				unassigned, people.displayNames(named), groups.countByRunId(id));
	}

	/**
	 * The people of a page of groups as the review shows them (name, home place,
	 * stakeholder groups, languages), in a fixed number of queries whatever their
	 * number.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RunMember> members(AccountPrincipal me, long runId, Collection<Long> practitionerIds) {
		FormationRun run = run(me, runId);
		List<Long> ids = practitionerIds.stream().filter(run.getCohort()::contains).distinct().toList();
		Map<Long, Practitioner> found = people.practitionersById(ids);
		Map<Long, String> places = new java.util.HashMap<>();
		portfolio.placesById(
				found.values().stream().map(Practitioner::getHomePlaceId).filter(Objects::nonNull).distinct().toList())
				.forEach((id, p) -> places.put(id, p.getName()));
		Map<Long, String> groupNames = portfolio.stakeholderGroupNames(
				found.values().stream().flatMap(p -> p.getStakeholderGroupIds().stream()).distinct().toList());
		Map<Long, RunMember> members = new java.util.HashMap<>();
		found.values()
				.forEach(p -> members.put(p.getId(),
						new RunMember(p.getId(), p.getDisplayName(),
								p.getHomePlaceId() == null ? null : places.get(p.getHomePlaceId()),
								p.getStakeholderGroupIds().stream().map(groupNames::get).filter(Objects::nonNull)
										.sorted().toList(),
								p.getLanguages().stream().filter(l -> !l.isBlank()).map(String::strip).toList())));
		return members;
	}

	/** Every group of a finished run, for moving people between them. */
	@Transactional(readOnly = true)
	public List<ProposedGroup> allGroups(AccountPrincipal me, long id) {
		run(me, id);
		return groups.findByRunIdOrderByPosition(id);
	}

	// Stopping

	/**
	 * Asks a run to stop; the best result so far is kept. Harmless for a finished
	 * run.
	 */
	@Transactional
	public FormationRun stop(AccountPrincipal me, long id) {
		FormationRun run = run(me, id);
		runs.requestStop(id);
		runner.stop(id);
		return run;
	}

	// Reviewing

	/**
	 * Moves a person into another group, or out of every group when
	 * {@code toGroupId} is null. The group they join must still keep every rule.
	 */
	@Transactional
	public void move(AccountPrincipal me, long runId, long practitionerId, Long toGroupId) {
		FormationRun run = requireFinished(me, runId);
		if (!run.getCohort().contains(practitionerId)) {
			throw new InvalidInputException("practitionerId", "This person is not in the run's cohort");
		}
		List<ProposedGroup> all = groups.findByRunIdOrderByPosition(runId);
		ProposedGroup from = all.stream().filter(g -> g.getMemberIds().contains(practitionerId)).findFirst()
				.orElse(null);
		ProposedGroup to = toGroupId == null
				? null
				: all.stream().filter(g -> g.getId().equals(toGroupId)).findFirst()
						.orElseThrow(() -> new InvalidInputException("toGroupId", "Choose a group of this run"));
		if (from == to) {
			return;
		}
		if (from != null) {
			from.requireUnsent();
		}
		if (to != null) {
			to.requireUnsent();
			Set<Long> joined = new LinkedHashSet<>(to.getMemberIds());
			joined.add(practitionerId);
			if (joined.size() > run.getMaxSize()) {
				throw new ConflictException("toGroupId", "This group has " + to.getMemberIds().size()
						+ " already: the largest size is " + run.getMaxSize());
			}
			GroupExplanation explanation = writer.explain(run, joined);
			String broken = brokenRule(explanation);
			if (broken != null) {
				throw new ConflictException("toGroupId", broken);
			}
			to.change(joined, writer.write(explanation));
			run.removeUnassigned(practitionerId);
		} else {
			run.addUnassigned(practitionerId, "Left out of every group by a convener");
		}
		if (from != null) {
			Set<Long> left = new LinkedHashSet<>(from.getMemberIds());
			left.remove(practitionerId);
			if (left.isEmpty()) {
				groups.delete(from);
			} else {
				from.change(left, writer.write(writer.explain(run, left)));
				// a pin keeps a group that keeps the rules; one shrunk below the smallest size
				// is solved again with the others
				if (from.isPinned() && whyItCannotBeKept(run, from) != null) {
					from.pin(false);
				}
			}
		}
	}

	/**
	 * Why a group would not keep the rules with this person in it, in one sentence
	 * for every rule. A shared hour, a common language and openness to another
	 * partnership are as much a reason as a reporting line or a "do not match me
	 * with" wish, so a reviewer cannot tell a private rule from the others.
	 */
	static final String BREAKS_A_RULE = "They cannot be in this group: it would break one of the rules of forming "
			+ "partnerships for them (an hour free for all, a language all speak, room for another partnership, or "
			+ "who may be together, which stays private)";

	static String brokenRule(GroupExplanation explanation) {
		Map<String, Long> b = explanation.breakdown();
		boolean broken = Stream.of(FormationConstraints.SHARED_WINDOW, FormationConstraints.COMMON_LANGUAGE,
				FormationConstraints.CAPACITY, FormationConstraints.REPORTING_LINE, FormationConstraints.DO_NOT_MATCH)
				.anyMatch(b::containsKey);
		return broken ? BREAKS_A_RULE : null;
	}

	/**
	 * Pins a group, so that solving again keeps it as it is; only a group that
	 * keeps every rule and the run's sizes can be pinned, since a run built around
	 * a broken group would report itself done with a rule broken.
	 */
	@Transactional
	public void pin(AccountPrincipal me, long runId, long groupId, boolean pinned) {
		FormationRun run = requireFinished(me, runId);
		ProposedGroup group = groups.findById(groupId).filter(g -> g.getRunId() == runId)
				.orElseThrow(() -> new NotFoundException("Group " + groupId));
		String why = pinned ? whyItCannotBeKept(run, group) : null;
		if (why != null) {
			throw new ConflictException("pinned", why);
		}
		group.pin(pinned);
	}

	/**
	 * Why a group cannot be kept as it is in a new run, or null when it can: its
	 * size outside the run's sizes, or a rule it breaks.
	 */
	private String whyItCannotBeKept(FormationRun run, ProposedGroup group) {
		int size = group.getMemberIds().size();
		if (size < run.getMinSize()) {
			return "This group has " + size + (size == 1 ? " person" : " people") + ": the smallest size is "
					+ run.getMinSize() + ". Add someone to it before pinning it";
		}
		if (size > run.getMaxSize()) {
			return "This group has " + size + " people: the largest size is " + run.getMaxSize();
		}
		return writer.read(group.getExplanation()).keepsTheRules() ? null : BREAKS_A_RULE;
	}

	/**
	 * A new run over the same cohort with the same parameters, keeping the pinned
	 * groups as they are. A pinned group that no longer keeps the rules (pinned
	 * before pins were checked) is not kept: its people are placed again with the
	 * others.
	 */
	@Transactional
	public FormationRun solveAgain(AccountPrincipal me, long runId) {
		FormationRun before = requireFinished(me, runId);
		FormationRun run = runs.save(new FormationRun(me.practitionerId(), before.getCommunityId(),
				before.getCohortLabel(), before.getId(), before.parameters(), before.getCohort(), clock.instant()));
		int position = 0;
		for (ProposedGroup g : groups.findByRunIdOrderByPosition(runId)) {
			if (g.isPinned() && g.getPartnershipId() == null && whyItCannotBeKept(before, g) == null) {
				groups.save(new ProposedGroup(run.getId(), position++, g.getMemberIds(), true, g.getExplanation()));
			}
		}
		submitAfterCommit(run.getId());
		return run;
	}

	/**
	 * Sends every group that keeps the rules and was not sent yet as a partnership
	 * whose members are all invited. Returns how many were sent.
	 */
	@Transactional
	public int send(AccountPrincipal me, long runId) {
		FormationRun run = requireFinished(me, runId);
		int sent = 0;
		for (ProposedGroup g : groups.findByRunIdOrderByPosition(runId)) {
			GroupExplanation why = writer.read(g.getExplanation());
			if (g.getPartnershipId() != null || !why.keepsTheRules()) {
				continue;
			}
			PartnershipRef p = partnerships.proposeFormed(me,
					new FormedProposal(focus(why), context(why),
							Stream.concat(why.issuesSharedByAll().stream(), why.issuesSharedBySome().stream()).limit(5)
									.toList(),
							run.getCommunityId(), List.copyOf(g.getMemberIds())));
			g.sent(p.id(), clock.instant());
			sent++;
		}
		if (sent == 0) {
			throw new ConflictException(null, "No group is waiting to be sent: every group was sent already, "
					+ "or breaks a rule and must be changed first");
		}
		return sent;
	}

	private String focus(GroupExplanation why) {
		List<Long> shared = Stream.concat(why.issuesSharedByAll().stream(), why.issuesSharedBySome().stream()).toList();
		if (shared.isEmpty()) {
			return "A learning partnership of peers";
		}
		return "A learning partnership on " + portfolio.issueNames(List.of(shared.getFirst())).get(shared.getFirst());
	}

	private String context(GroupExplanation why) {
		List<String> lines = new ArrayList<>();
		List<Long> shared = Stream.concat(why.issuesSharedByAll().stream(), why.issuesSharedBySome().stream()).toList();
		lines.add(shared.isEmpty()
				? "You were brought together as peers who can meet at the same hour each week."
				: "You were brought together because you share concerns: "
						+ String.join(", ", portfolio.issueNames(shared).values()) + ".");
		if (!why.stakeholderGroupIds().isEmpty()) {
			lines.add("Between you: "
					+ String.join(", ", portfolio.stakeholderGroupNames(why.stakeholderGroupIds()).values()) + ".");
		}
		lines.add("Each of you can accept or decline. The partnership forms when at least two of you accept.");
		return String.join(" ", lines);
	}

	private FormationRun requireFinished(AccountPrincipal me, long runId) {
		FormationRun run = run(me, runId);
		if (!run.getStatus().isFinished()) {
			throw new ConflictException(null, "This run is still solving: wait for it to finish, or stop it");
		}
		return run;
	}
}
