package org.constellation.repertoire;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.constellation.shared.TextSearch;
import org.constellation.shared.WebAddresses;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's shared repertoire (artifacts) and the glossary of its shared
 * language. Any active member adds; the author and the conveners edit. Who may
 * read is asked of {@link CommunityAccess}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class RepertoireService {

	static final int MAX_TAG_LENGTH = 40;

	private final Artifacts artifacts;
	private final GlossaryTerms terms;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final Portfolio portfolio;
	private final People people;
	private final Clock clock;

	RepertoireService(Artifacts artifacts, GlossaryTerms terms, CommunityAccess access, CommunityService communities,
			Portfolio portfolio, People people, Clock clock) {
		this.artifacts = artifacts;
		this.terms = terms;
		this.access = access;
		this.communities = communities;
		this.portfolio = portfolio;
		this.people = people;
		this.clock = clock;
	}

	/** Filters of the repertoire list; every one optional. */
	public record ArtifactQuery(ArtifactKind kind, String tag, Long issueId) {
	}

	// Artifacts

	/** Newest first. */
	public Page<ArtifactView> artifacts(AccountPrincipal viewer, long communityId, ArtifactQuery query,
			Pageable pageable) {
		Standing standing = access.requireRead(viewer, communityId);
		String tag = query.tag() == null || query.tag().isBlank() ? null : normalise(query.tag());
		Specification<Artifact> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("communityId"), communityId));
			if (query.kind() != null) {
				where.add(cb.equal(root.get("kind"), query.kind()));
			}
			if (tag != null) {
				where.add(cb.isMember(tag, root.<Collection<String>>get("tags")));
			}
			if (query.issueId() != null) {
				where.add(cb.isMember(query.issueId(), root.<Collection<Long>>get("issueIds")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Page<Artifact> page = artifacts.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		return new org.springframework.data.domain.PageImpl<>(views(viewer, standing, page.getContent()),
				page.getPageable(), page.getTotalElements());
	}

	/** The tags used in a community, for its filter links. */
	public List<String> tags(AccountPrincipal viewer, long communityId) {
		access.requireRead(viewer, communityId);
		return artifacts.tagsIn(communityId);
	}

	public ArtifactView artifact(AccountPrincipal viewer, long id) {
		Artifact artifact = findArtifact(id);
		Standing standing = access.requireRead(viewer, artifact.getCommunityId());
		return views(viewer, standing, List.of(artifact)).getFirst();
	}

	@Transactional
	public ArtifactView addArtifact(AccountPrincipal viewer, long communityId, ArtifactDraft draft) {
		Standing standing = access.requireContribute(viewer, communityId);
		Instant now = clock.instant();
		Artifact artifact = new Artifact(communityId, viewer.practitionerId(), now);
		apply(artifact, draft, now);
		artifacts.saveAndFlush(artifact);
		communities.touch(communityId);
		return views(viewer, standing, List.of(artifact)).getFirst();
	}

	@Transactional
	public ArtifactView changeArtifact(AccountPrincipal viewer, long id, ArtifactDraft draft) {
		Artifact artifact = findArtifact(id);
		Standing standing = requireAuthorOrConvener(viewer, artifact.getCommunityId(), artifact.getCreatedBy());
		if (draft.version() != null && draft.version() != artifact.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Artifact.class, id);
		}
		apply(artifact, draft, clock.instant());
		artifacts.saveAndFlush(artifact);
		return views(viewer, standing, List.of(artifact)).getFirst();
	}

	@Transactional
	public void removeArtifact(AccountPrincipal viewer, long id) {
		Artifact artifact = findArtifact(id);
		requireAuthorOrConvener(viewer, artifact.getCommunityId(), artifact.getCreatedBy());
		artifacts.delete(artifact);
	}

	/** The newest pieces of a community's repertoire, for its home page. */
	public List<Artifact> recentArtifacts(long communityId) {
		return artifacts.findTop5ByCommunityIdOrderByCreatedAtDescIdDesc(communityId);
	}

	public long artifactCount(long communityId) {
		return artifacts.countByCommunityId(communityId);
	}

	private void apply(Artifact artifact, ArtifactDraft draft, Instant now) {
		if (draft.kind() == null) {
			throw new InvalidInputException("kind", "Choose what kind of thing this is");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "Give it a title");
		}
		String url = WebAddresses.check("url", draft.url());
		if (draft.kind() == ArtifactKind.LINK && url == null) {
			throw new InvalidInputException("url", "A link needs its web address");
		}
		if (url == null && draft.body().isBlank()) {
			throw new InvalidInputException("body", "Write something about it, or give its web address");
		}
		if (!portfolio.allIssuesExist(draft.issueIds())) {
			throw new InvalidInputException("issueIds", "Choose issues of the portfolio");
		}
		artifact.change(draft, url, tags(draft.tags()), now);
	}

	/**
	 * Tags are free words, kept lower-case so that "Reading" and "reading" are one
	 * filter.
	 */
	static Set<String> tags(List<String> typed) {
		Set<String> tags = new TreeSet<>();
		for (String tag : typed) {
			String normal = tag == null ? "" : normalise(tag);
			if (normal.isEmpty()) {
				continue;
			}
			if (normal.length() > MAX_TAG_LENGTH) {
				throw new InvalidInputException("tags", "A tag can have at most " + MAX_TAG_LENGTH + " characters");
			}
			tags.add(normal);
		}
		if (tags.size() > 12) {
			throw new InvalidInputException("tags", "At most 12 tags");
		}
		return tags;
	}

	private static String normalise(String tag) {
		return tag.strip().replaceFirst("^#+", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private Artifact findArtifact(long id) {
		return artifacts.findById(id).orElseThrow(() -> new NotFoundException("Artifact " + id));
	}

	private List<ArtifactView> views(AccountPrincipal viewer, Standing standing, List<Artifact> page) {
		Map<Long, String> issues = portfolio
				.issueNames(page.stream().flatMap(a -> a.getIssueIds().stream()).collect(Collectors.toSet()));
		Map<Long, String> names = names(viewer, page.stream().map(Artifact::getCreatedBy).toList());
		return page.stream()
				.map(a -> new ArtifactView(a.getId(), a.getCommunityId(), a.getKind(), a.getTitle(), a.getBody(),
						Markdown.toSafeHtml(a.getBody()), a.getUrl(), a.getTags().stream().sorted().toList(),
						a.getIssueIds().stream().filter(issues::containsKey).map(i -> new Ref(i, issues.get(i)))
								.sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList(),
						ref(a.getCreatedBy(), names), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(),
						canChange(standing, viewer, a.getCreatedBy())))
				.toList();
	}

	// The glossary

	/** Alphabetical; {@code text} finds terms and meanings containing it. */
	public Page<GlossaryTermView> glossary(AccountPrincipal viewer, long communityId, String text, Pageable pageable) {
		Standing standing = access.requireRead(viewer, communityId);
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		Page<GlossaryTerm> page = text == null || text.isBlank()
				? terms.findByCommunityIdOrderByTermKeyAsc(communityId, unsorted)
				: terms.findMatching(communityId, TextSearch.likePattern(text), unsorted);
		Map<Long, String> names = names(viewer, page.getContent().stream().map(GlossaryTerm::getCreatedBy).toList());
		return page.map(t -> view(t, standing, viewer, names));
	}

	public GlossaryTermView term(AccountPrincipal viewer, long id) {
		GlossaryTerm term = findTerm(id);
		Standing standing = access.requireRead(viewer, term.getCommunityId());
		return view(term, standing, viewer, names(viewer, List.of(term.getCreatedBy())));
	}

	@Transactional
	public GlossaryTermView addTerm(AccountPrincipal viewer, long communityId, GlossaryTermDraft draft) {
		Standing standing = access.requireContribute(viewer, communityId);
		check(draft);
		if (terms.existsByCommunityIdAndTermKey(communityId, GlossaryTerm.keyOf(draft.term()))) {
			throw duplicate(draft);
		}
		Instant now = clock.instant();
		GlossaryTerm term = new GlossaryTerm(communityId, viewer.practitionerId(), now);
		term.change(draft, now);
		terms.saveAndFlush(term);
		communities.touch(communityId);
		return view(term, standing, viewer, names(viewer, List.of(term.getCreatedBy())));
	}

	@Transactional
	public GlossaryTermView changeTerm(AccountPrincipal viewer, long id, GlossaryTermDraft draft) {
		GlossaryTerm term = findTerm(id);
		Standing standing = requireAuthorOrConvener(viewer, term.getCommunityId(), term.getCreatedBy());
		check(draft);
		if (draft.version() != null && draft.version() != term.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(GlossaryTerm.class, id);
		}
		if (terms.existsByCommunityIdAndTermKeyAndIdNot(term.getCommunityId(), GlossaryTerm.keyOf(draft.term()), id)) {
			throw duplicate(draft);
		}
		term.change(draft, clock.instant());
		terms.saveAndFlush(term);
		return view(term, standing, viewer, names(viewer, List.of(term.getCreatedBy())));
	}

	public long termCount(long communityId) {
		return terms.countByCommunityId(communityId);
	}

	private static void check(GlossaryTermDraft draft) {
		if (draft.term() == null || draft.term().isBlank()) {
			throw new InvalidInputException("term", "Write the term");
		}
		if (draft.meaning() == null || draft.meaning().isBlank()) {
			throw new InvalidInputException("meaning", "Say what it means here");
		}
	}

	private static ConflictException duplicate(GlossaryTermDraft draft) {
		return new ConflictException("term",
				"The glossary already has \u201c" + draft.term().strip() + "\u201d: add to its meaning instead");
	}

	private GlossaryTerm findTerm(long id) {
		return terms.findById(id).orElseThrow(() -> new NotFoundException("Glossary term " + id));
	}

	private static GlossaryTermView view(GlossaryTerm t, Standing standing, AccountPrincipal viewer,
			Map<Long, String> names) {
		return new GlossaryTermView(t.getId(), t.getCommunityId(), t.getTerm(), t.getLetter(), t.getMeaning(),
				t.getExample(), ref(t.getCreatedBy(), names), t.getUpdatedAt(), t.getVersion(),
				canChange(standing, viewer, t.getCreatedBy()));
	}

	// Rights and names

	private Standing requireAuthorOrConvener(AccountPrincipal viewer, long communityId, Long authorId) {
		Standing standing = access.requireContribute(viewer, communityId);
		if (!canChange(standing, viewer, authorId)) {
			throw new ForbiddenException("Only the person who added this and the conveners can change it");
		}
		return standing;
	}

	private static boolean canChange(Standing standing, AccountPrincipal viewer, Long authorId) {
		return standing.canContribute() && (authorId.equals(viewer.practitionerId()) || standing.canConvene());
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
