package org.constellation.repertoire;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.constellation.shared.WebAddresses;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice work: any active member proposes it, members join and leave it, and
 * its participants and the conveners move it on and record what it produced.
 * Who may read it is asked of {@link CommunityAccess}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class PracticeWorkService {

	private final PracticeWorks works;
	private final PracticeWorkOutputs outputs;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final People people;
	private final Clock clock;

	PracticeWorkService(PracticeWorks works, PracticeWorkOutputs outputs, CommunityAccess access,
			CommunityService communities, People people, Clock clock) {
		this.works = works;
		this.outputs = outputs;
		this.access = access;
		this.communities = communities;
		this.people = people;
		this.clock = clock;
	}

	/** The community's work, most recently moved first; {@code status} optional. */
	public Page<PracticeWorkView> list(AccountPrincipal viewer, long communityId, PracticeWorkStatus status,
			Pageable pageable) {
		Standing standing = access.requireRead(viewer, communityId);
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		Page<PracticeWork> page = status == null
				? works.findByCommunityId(communityId, ordered)
				: works.findByCommunityIdAndStatus(communityId, status, ordered);
		Map<Long, String> names = names(viewer, page.getContent().stream().map(PracticeWork::getProposedBy).toList());
		return page.map(w -> view(w, standing, viewer, names, List.of(), false));
	}

	public PracticeWorkView view(AccountPrincipal viewer, long id) {
		PracticeWork work = find(id);
		Standing standing = access.requireRead(viewer, work.getCommunityId());
		return detailed(work, standing, viewer);
	}

	@Transactional
	public PracticeWorkView propose(AccountPrincipal viewer, long communityId, PracticeWorkDraft draft) {
		Standing standing = access.requireContribute(viewer, communityId);
		check(draft);
		PracticeWork work = works.save(
				new PracticeWork(communityId, draft.title(), draft.goal(), viewer.practitionerId(), clock.instant()));
		communities.touch(communityId);
		return detailed(work, standing, viewer);
	}

	@Transactional
	public PracticeWorkView change(AccountPrincipal viewer, long id, PracticeWorkDraft draft) {
		PracticeWork work = find(id);
		Standing standing = requireChange(viewer, work);
		check(draft);
		if (draft.version() != null && draft.version() != work.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PracticeWork.class, id);
		}
		work.change(draft.title(), draft.goal(), draft.status() == null ? work.getStatus() : draft.status(),
				clock.instant());
		works.saveAndFlush(work);
		communities.touch(work.getCommunityId());
		return detailed(work, standing, viewer);
	}

	/** Joining twice is joining once. */
	@Transactional
	public PracticeWorkView join(AccountPrincipal viewer, long id) {
		PracticeWork work = find(id);
		Standing standing = access.requireContribute(viewer, work.getCommunityId());
		if (work.join(viewer.practitionerId())) {
			work.touched(clock.instant());
			works.saveAndFlush(work);
		}
		return detailed(work, standing, viewer);
	}

	/** Leaving work one is not part of changes nothing. */
	@Transactional
	public PracticeWorkView leave(AccountPrincipal viewer, long id) {
		PracticeWork work = find(id);
		Standing standing = access.requireRead(viewer, work.getCommunityId());
		if (work.leave(viewer.practitionerId())) {
			work.touched(clock.instant());
			works.saveAndFlush(work);
		}
		return detailed(work, standing, viewer);
	}

	@Transactional
	public PracticeWorkView.Output addOutput(AccountPrincipal viewer, long id, PracticeWorkOutputDraft draft) {
		PracticeWork work = find(id);
		requireChange(viewer, work);
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "Give the output a title");
		}
		String url = WebAddresses.check("url", draft.url());
		if (url == null && (draft.note() == null || draft.note().isBlank())) {
			throw new InvalidInputException("url", "Give a web address or write a note about the output");
		}
		Instant now = clock.instant();
		PracticeWorkOutput output = outputs
				.save(new PracticeWorkOutput(id, draft.title(), url, draft.note(), viewer.practitionerId(), now));
		work.touched(now);
		communities.touch(work.getCommunityId());
		return output(output, names(viewer, List.of(viewer.practitionerId())));
	}

	/** The work under way in a community, for its home page: two queries. */
	public List<PracticeWork> underWay(long communityId) {
		return works.findTop5ByCommunityIdAndStatusOrderByUpdatedAtDesc(communityId, PracticeWorkStatus.UNDER_WAY);
	}

	public long countUnderWay(long communityId) {
		return works.countByCommunityIdAndStatus(communityId, PracticeWorkStatus.UNDER_WAY);
	}

	private PracticeWork find(long id) {
		return works.findById(id).orElseThrow(() -> new NotFoundException("Practice work " + id));
	}

	private Standing requireChange(AccountPrincipal viewer, PracticeWork work) {
		Standing standing = access.requireContribute(viewer, work.getCommunityId());
		if (!canChange(standing, work, viewer)) {
			throw new ForbiddenException("Only the people taking part in this work and the conveners can change it");
		}
		return standing;
	}

	private static boolean canChange(Standing standing, PracticeWork work, AccountPrincipal viewer) {
		return standing.canContribute() && (work.hasParticipant(viewer.practitionerId()) || standing.canConvene());
	}

	private static void check(PracticeWorkDraft draft) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "Give the work a title");
		}
	}

	private PracticeWorkView detailed(PracticeWork work, Standing standing, AccountPrincipal viewer) {
		List<PracticeWorkOutput> made = work.getId() == null
				? List.of()
				: outputs.findByWorkIdOrderByAddedAtAscIdAsc(work.getId());
		Set<Long> ids = new HashSet<>(work.getParticipantIds());
		ids.add(work.getProposedBy());
		made.forEach(o -> ids.add(o.getAddedBy()));
		return view(work, standing, viewer, names(viewer, ids), made, true);
	}

	private PracticeWorkView view(PracticeWork work, Standing standing, AccountPrincipal viewer,
			Map<Long, String> names, List<PracticeWorkOutput> made, boolean withParticipants) {
		List<Ref> participants = withParticipants && viewer.seesPeople()
				? work.getParticipantIds().stream().map(id -> ref(id, names)).filter(java.util.Objects::nonNull)
						.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList()
				: List.of();
		boolean participating = work.hasParticipant(viewer.practitionerId());
		return new PracticeWorkView(work.getId(), work.getCommunityId(), work.getTitle(), work.getGoal(),
				Markdown.toSafeHtml(work.getGoal()), work.getStatus(), ref(work.getProposedBy(), names), participants,
				work.getParticipantIds().size(), made.stream().map(o -> output(o, names)).toList(), work.getCreatedAt(),
				work.getUpdatedAt(), work.getVersion(), participating, standing.canContribute() && !participating,
				canChange(standing, work, viewer));
	}

	private static PracticeWorkView.Output output(PracticeWorkOutput o, Map<Long, String> names) {
		return new PracticeWorkView.Output(o.getId(), o.getTitle(), o.getUrl(), o.getNote(),
				Markdown.toSafeHtml(o.getNote()), ref(o.getAddedBy(), names), o.getAddedAt());
	}

	/** Sponsors see aggregates, so they are shown no names. */
	private Map<Long, String> names(AccountPrincipal viewer, Collection<Long> ids) {
		return viewer.seesPeople() ? people.displayNames(Set.copyOf(ids)) : new HashMap<>();
	}

	private static Ref ref(Long id, Map<Long, String> names) {
		String name = names.get(id);
		return name == null ? null : new Ref(id, name);
	}
}
