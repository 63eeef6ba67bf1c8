package org.constellation.recognition;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sponsors' endorsements of social artists. Only a sponsor endorses, only a
 * convener can be endorsed, and a sponsor withdraws only their own; everyone
 * signed in reads them.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class EndorsementService {

	private final Endorsements endorsements;
	private final SocialArtists artists;
	private final People people;
	private final Clock clock;

	EndorsementService(Endorsements endorsements, SocialArtists artists, People people, Clock clock) {
		this.endorsements = endorsements;
		this.artists = artists;
		this.people = people;
		this.clock = clock;
	}

	public static boolean mayEndorse(AccountPrincipal viewer) {
		return viewer != null && viewer.has(Role.SPONSOR) && viewer.practitionerId() != null;
	}

	@Transactional
	public EndorsementView endorse(AccountPrincipal viewer, EndorsementDraft draft) {
		if (!mayEndorse(viewer)) {
			throw new ForbiddenException("Only sponsors endorse social artists");
		}
		if (draft.socialArtistId() == null) {
			throw new InvalidInputException("socialArtistId", "Choose the social artist you endorse");
		}
		if (!artists.isSocialArtist(draft.socialArtistId())) {
			throw new InvalidInputException("socialArtistId",
					"Only someone who convenes a community can be endorsed as a social artist");
		}
		Endorsement saved = endorsements.save(new Endorsement(draft.socialArtistId(), viewer.practitionerId(),
				draft.note(), draft.support(), draft.supportKind(), clock.instant()));
		return views(viewer, List.of(saved)).getFirst();
	}

	@Transactional
	public void withdraw(AccountPrincipal viewer, long id) {
		Endorsement endorsement = endorsements.findById(id)
				.orElseThrow(() -> new NotFoundException("Endorsement " + id));
		if (!endorsement.getSponsorId().equals(viewer.practitionerId())) {
			throw new ForbiddenException("Only the sponsor who wrote an endorsement can withdraw it");
		}
		endorsements.delete(endorsement);
	}

	public Page<EndorsementView> recent(AccountPrincipal viewer, Pageable pageable) {
		Page<Endorsement> page = endorsements.findAllByOrderByCreatedAtDescIdDesc(pageable);
		return new PageImpl<>(views(viewer, page.getContent()), pageable, page.getTotalElements());
	}

	public Page<EndorsementView> of(AccountPrincipal viewer, long socialArtistId, Pageable pageable) {
		Page<Endorsement> page = endorsements.findBySocialArtistIdOrderByCreatedAtDescIdDesc(socialArtistId, pageable);
		return new PageImpl<>(views(viewer, page.getContent()), pageable, page.getTotalElements());
	}

	/** Every endorsement of these social artists, most recent first. */
	public List<EndorsementView> ofAll(AccountPrincipal viewer, List<Long> socialArtistIds) {
		return socialArtistIds.isEmpty()
				? List.of()
				: views(viewer, endorsements.findBySocialArtistIdInOrderByCreatedAtDescIdDesc(socialArtistIds));
	}

	/** Names in one query, whatever the number. */
	private List<EndorsementView> views(AccountPrincipal viewer, List<Endorsement> page) {
		Set<Long> ids = new HashSet<>();
		page.forEach(e -> {
			ids.add(e.getSocialArtistId());
			ids.add(e.getSponsorId());
		});
		Map<Long, String> names = people.displayNames(ids);
		Long me = viewer == null ? null : viewer.practitionerId();
		return page.stream()
				.map(e -> new EndorsementView(e.getId(), e.getSocialArtistId(), names.get(e.getSocialArtistId()),
						e.getSponsorId(), names.get(e.getSponsorId()), e.getNote(), e.getSupport(), e.getSupportKind(),
						e.getCreatedAt(), e.getSponsorId().equals(me)))
				.toList();
	}
}
