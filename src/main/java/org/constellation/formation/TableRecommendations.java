package org.constellation.formation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.communities.Community;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.InvitationService;
import org.constellation.communities.MembershipService;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Directory;
import org.constellation.people.People;
import org.constellation.people.PractitionerSummary;
import org.constellation.people.Role;
import org.constellation.people.TableCandidate;
import org.constellation.people.TableCandidateQuery;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.Ref;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who should be at the table": for a community, the stakeholder groups and
 * levels of scale its charter asks for that no active member brings, and the
 * practitioners who share its concerns and would bring them. Its conveners and
 * the stewards may look; a page costs a fixed number of queries whatever the
 * number of practitioners, because the filtering and ranking happen in the
 * database ({@link Directory#tableCandidates}).
 */
@Service
@Transactional(readOnly = true)
public class TableRecommendations {

	public static final int PAGE_SIZE = 20;

	private final CommunityAccess access;
	private final CommunityService communities;
	private final MembershipService memberships;
	private final InvitationService invitations;
	private final People people;
	private final Directory directory;
	private final Portfolio portfolio;
	private final MessageSource messages;

	TableRecommendations(CommunityAccess access, CommunityService communities, MembershipService memberships,
			InvitationService invitations, People people, Directory directory, Portfolio portfolio,
			MessageSource messages) {
		this.access = access;
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.people = people;
		this.directory = directory;
		this.portfolio = portfolio;
		this.messages = messages;
	}

	/**
	 * Whether this person may see the community's table: its conveners, and
	 * stewards who look after the whole constellation; never a sponsor, who sees no
	 * individual practitioner.
	 */
	public static boolean maySee(AccountPrincipal viewer, Standing standing) {
		return viewer.seesPeople() && (standing.canConvene() || viewer.has(Role.STEWARD));
	}

	public TableView table(AccountPrincipal viewer, long communityId, Pageable pageable) {
		Standing standing = access.standing(viewer, communityId);
		if (!maySee(viewer, standing)) {
			throw new ForbiddenException(viewer.seesPeople()
					? "Only the community's conveners can see who is missing from its table"
					: "Sponsors see aggregate views, not individual practitioners");
		}
		Community community = communities.community(communityId);
		TableGaps gaps = gaps(community);
		Page<TableCandidate> candidates = directory.tableCandidates(viewer,
				new TableCandidateQuery(community.getIssueIds(), gaps.missingGroupIds(), gaps.missingLevelIds(),
						memberships.involvedPractitionerIds(communityId)),
				pageable);
		return new TableView(communityId, community.getName(), !community.getIssueIds().isEmpty(), gaps,
				recommendations(candidates, community.getIssueIds(), gaps), standing.canConvene());
	}

	private TableGaps gaps(Community community) {
		List<Long> members = memberships.activeMemberIds(community.getId());
		Map<Long, String> groupNames = portfolio.stakeholderGroupNames(community.getStakeholderGroupIds());
		List<Ref> askedGroups = groupNames.entrySet().stream().map(e -> new Ref(e.getKey(), e.getValue()))
				.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
		// levels come broadest first
		List<Ref> askedLevels = portfolio.levels().stream()
				.filter(l -> community.getNeededLevelIds().contains(l.getId()))
				.map(l -> new Ref(l.getId(), l.getName())).toList();
		Set<Long> groupsPresent = askedGroups.isEmpty() ? Set.of() : directory.stakeholderGroupsAmong(members);
		Set<Long> levelsPresent = askedLevels.isEmpty() ? Set.of() : directory.homeLevelsAmong(members);
		return TableGaps.of(askedGroups, askedLevels, groupsPresent, levelsPresent);
	}

	/** Each candidate's names in three more queries, whatever the page size. */
	private Page<TableRecommendation> recommendations(Page<TableCandidate> candidates, Set<Long> issueIds,
			TableGaps gaps) {
		var profiles = people.practitionersById(candidates.map(TableCandidate::practitionerId).getContent());
		// the ranked list is kept a few seconds: someone in it may have gone since
		var present = candidates.getContent().stream().filter(c -> profiles.containsKey(c.practitionerId())).toList();
		Map<Long, PractitionerSummary> summaries = directory
				.summaries(present.stream().map(c -> profiles.get(c.practitionerId())).toList()).stream()
				.collect(Collectors.toMap(PractitionerSummary::id, Function.identity()));
		TableReasons reasons = new TableReasons(messages, LocaleContextHolder.getLocale());
		return new PageImpl<>(present.stream().map(c -> TableRecommendation.of(summaries.get(c.practitionerId()),
				c.homeLevelId(), issueIds, gaps, reasons)).toList(), candidates.getPageable(),
				candidates.getTotalElements());
	}

	/**
	 * A convener invites someone from the list; the email stays with the system.
	 * Returns the name to confirm with.
	 */
	@Transactional
	public String invite(AccountPrincipal viewer, long communityId, long practitionerId) {
		invitations.invitePractitioner(viewer, communityId, practitionerId);
		return people.displayNames(List.of(practitionerId)).get(practitionerId);
	}
}
