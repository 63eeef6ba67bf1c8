package org.constellation.partnerships;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.shared.ConflictException;
import org.constellation.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's infrastructure: where and how its partners meet and what they
 * agreed. Any current partner edits; every edit is kept.
 */
@Service
@Transactional(readOnly = true)
public class InfrastructureService {

	/** The latest version (null when nothing is written yet) and who wrote it. */
	public record Current(Partnership partnership, InfrastructureVersion latest, String editedByName, int partnerCount,
			PartnerStanding standing) {

		public int number() {
			return latest == null ? 0 : latest.getNumber();
		}
	}

	public record History(Partnership partnership, Page<InfrastructureVersion> versions, Map<Long, String> names,
			int partnerCount) {
	}

	private final InfrastructureVersions versions;
	private final Partnerships partnerships;
	private final PartnershipAccess access;
	private final People people;
	private final Clock clock;

	InfrastructureService(InfrastructureVersions versions, Partnerships partnerships, PartnershipAccess access,
			People people, Clock clock) {
		this.versions = versions;
		this.partnerships = partnerships;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	public Current current(AccountPrincipal viewer, long partnershipId) {
		PartnerStanding standing = Spaces.requirePartner(access, viewer, partnershipId);
		InfrastructureVersion latest = versions.findFirstByPartnershipIdOrderByNumberDesc(partnershipId).orElse(null);
		String editor = latest == null || latest.getEditedBy() == null
				? ""
				: people.displayNames(Set.of(latest.getEditedBy())).getOrDefault(latest.getEditedBy(), "");
		return new Current(partnership(partnershipId), latest, editor, access.partnerIds(partnershipId).size(),
				standing);
	}

	public History history(AccountPrincipal viewer, long partnershipId, Pageable pageable) {
		Spaces.requirePartner(access, viewer, partnershipId);
		Page<InfrastructureVersion> page = versions.findByPartnershipIdOrderByNumberDesc(partnershipId, pageable);
		Set<Long> editors = new HashSet<>();
		page.forEach(v -> {
			if (v.getEditedBy() != null) {
				editors.add(v.getEditedBy());
			}
		});
		return new History(partnership(partnershipId), page, people.displayNames(editors),
				access.partnerIds(partnershipId).size());
	}

	@Transactional
	public InfrastructureVersion edit(AccountPrincipal viewer, long partnershipId, InfrastructureDraft draft) {
		PartnerStanding standing = Spaces.requireWrite(access, viewer, partnershipId);
		InfrastructureVersion latest = versions.findFirstByPartnershipIdOrderByNumberDesc(partnershipId).orElse(null);
		InfrastructureVersion next = InfrastructureVersion.edit(partnershipId, latest,
				draft.basedOn() == null ? 0 : draft.basedOn(), draft, standing.practitionerId(), clock.instant());
		try {
			return versions.saveAndFlush(next);
		} catch (DataIntegrityViolationException race) {
			throw new ConflictException(null, "Another partner saved a change at the same moment. "
					+ "Your edit is kept: check it against the newer version, then save again.");
		}
	}

	/**
	 * Starts the infrastructure from what the partners agreed in the opening,
	 * unless someone wrote it already. Called when a partnership becomes active; a
	 * second call changes nothing. In a transaction of its own, because it runs
	 * after the activation's has committed.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void startFromOpening(long partnershipId, String agreements) {
		if (agreements == null || agreements.isBlank()) {
			return;
		}
		InfrastructureVersion latest = versions.findFirstByPartnershipIdOrderByNumberDesc(partnershipId).orElse(null);
		InfrastructureVersion first = InfrastructureVersion.fromOpening(partnershipId, latest, agreements,
				clock.instant());
		if (first != null) {
			versions.save(first);
		}
	}

	/** The edits this practitioner made here, oldest first (for their export). */
	/**
	 * What one partner wrote in each version they saved: only their own words,
	 * never the rest of the document the others wrote.
	 */
	List<InfrastructureVersion.OwnWords> ownWordsOf(long partnershipId, long practitionerId) {
		return versions.findByPartnershipIdAndEditedByOrderByNumberAsc(partnershipId, practitionerId).stream()
				.map(v -> v.ownWordsSince(
						versions.findByPartnershipIdAndNumber(partnershipId, v.getNumber() - 1).orElse(null)))
				.toList();
	}

	private Partnership partnership(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}
}
