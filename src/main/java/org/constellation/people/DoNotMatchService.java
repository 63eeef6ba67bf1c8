package org.constellation.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Do not match me with" wishes: each is its owner's alone. No method here
 * takes another person's id to read a list, and nothing tells the other person;
 * partnership formation learns only which pairs to keep apart.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class DoNotMatchService {

	/** How many people one practitioner may ask not to be matched with. */
	public static final int DO_NOT_MATCH_LIMIT = 50;

	private final DoNotMatches doNotMatches;
	private final Practitioners practitioners;
	private final People people;
	private final Clock clock;

	DoNotMatchService(DoNotMatches doNotMatches, Practitioners practitioners, People people, Clock clock) {
		this.doNotMatches = doNotMatches;
		this.practitioners = practitioners;
		this.people = people;
		this.clock = clock;
	}

	/** The people the owner asked not to be matched with, newest first. */
	public List<DoNotMatchWish> doNotMatchWishes(AccountPrincipal owner) {
		List<DoNotMatch> wishes = doNotMatches.findByPractitionerIdOrderByCreatedAtDesc(owner.ownProfileId());
		Map<Long, String> names = people.displayNames(wishes.stream().map(DoNotMatch::getOtherId).toList());
		return wishes.stream().map(w -> new DoNotMatchWish(w.getOtherId(), names.get(w.getOtherId()), w.getCreatedAt()))
				.toList();
	}

	/**
	 * Puts someone on the owner's list. Asking twice is a conflict, so that a
	 * person is told their list already holds them rather than wondering.
	 */
	@Transactional
	public DoNotMatchWish addDoNotMatch(AccountPrincipal owner, long practitionerId) {
		Long me = owner.ownProfileId();
		if (!practitioners.existsById(practitionerId)) {
			throw new InvalidInputException("practitionerId", "Choose a practitioner who uses Constellation");
		}
		DoNotMatch wish = new DoNotMatch(me, practitionerId, clock.instant());
		// one addition at a time per owner, so two at once cannot pass the limit
		practitioners.lockById(me);
		if (doNotMatches.existsById(new DoNotMatch.Key(me, practitionerId))) {
			throw new ConflictException("practitionerId", "This person is already on your list");
		}
		if (doNotMatches.countByPractitionerId(me) >= DO_NOT_MATCH_LIMIT) {
			throw new InvalidInputException("practitionerId",
					"Your list holds at most " + DO_NOT_MATCH_LIMIT + " people: remove someone first");
		}
		doNotMatches.save(wish);
		return new DoNotMatchWish(practitionerId, people.displayNames(List.of(practitionerId)).get(practitionerId),
				wish.getCreatedAt());
	}

	@Transactional
	public void removeDoNotMatch(AccountPrincipal owner, long practitionerId) {
		doNotMatches.delete(doNotMatches.findById(new DoNotMatch.Key(owner.ownProfileId(), practitionerId))
				.orElseThrow(() -> new NotFoundException("Practitioner " + practitionerId + " on your list")));
	}

	/**
	 * Every pair {@code [smaller id, larger id]} of these practitioners where one
	 * asked not to be matched with the other, for partnership formation. It never
	 * says which of the two asked.
	 */
	public Set<List<Long>> keptApartAmong(Collection<Long> practitionerIds) {
		return PractitionerPair.among(practitionerIds, doNotMatches::madeByAnyOf);
	}
}
