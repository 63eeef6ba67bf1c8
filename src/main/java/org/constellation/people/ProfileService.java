package org.constellation.people;

import java.time.Clock;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's profile: read as one signed-in person may see it, and edited
 * by its owner alone. A sponsor sees only their own; the profile of someone who
 * deleted their account is gone for everyone.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ProfileService {

	private final Practitioners practitioners;
	private final AccountService accounts;
	private final Portfolio portfolio;
	private final Clock clock;

	ProfileService(Practitioners practitioners, AccountService accounts, Portfolio portfolio, Clock clock) {
		this.practitioners = practitioners;
		this.accounts = accounts;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	public Practitioner practitioner(long id) {
		return practitioners.findById(id).orElseThrow(() -> new NotFoundException("Practitioner " + id));
	}

	/** A practitioner's profile, as one signed-in person may see it. */
	public Practitioner practitioner(AccountPrincipal viewer, long id) {
		if (!viewer.seesPeople() && !viewer.ownProfileId().equals(id)) {
			throw new ForbiddenException("Sponsors see aggregate views, not individual profiles");
		}
		Practitioner p = practitioner(id);
		if (accounts.account(p.getAccountId()).isDeleted()) {
			throw new PersonLeftException(id);
		}
		return p;
	}

	public Practitioner myProfile(AccountPrincipal viewer) {
		return practitioner(viewer.ownProfileId());
	}

	/**
	 * What the home page needs of the signed-in person's own profile: their name
	 * and, for a practitioner, the parts still missing and their concerns. Two
	 * statements at most, without loading the whole profile.
	 */
	public HomeProfile homeProfile(AccountPrincipal viewer) {
		Practitioners.Outline outline = practitioners.outline(viewer.ownProfileId())
				.orElseThrow(() -> new NotFoundException("Your practitioner profile"));
		if (!viewer.has(Role.MEMBER)) {
			return new HomeProfile(outline.displayName(), java.util.List.of(), java.util.Set.of());
		}
		java.util.List<String> missing = new java.util.ArrayList<>();
		if (outline.groups() == 0) {
			missing.add("home.missing.groups");
		}
		if (outline.homePlaceId() == null) {
			missing.add("home.missing.place");
		}
		if (outline.concerns() == 0) {
			missing.add("home.missing.concerns");
		}
		if (outline.availability() == 0) {
			missing.add("home.missing.availability");
		}
		java.util.Set<Long> concerns = outline.concerns() == 0
				? java.util.Set.of()
				: java.util.Set.copyOf(practitioners.concernsOf(viewer.ownProfileId()));
		return new HomeProfile(outline.displayName(), missing, concerns);
	}

	@Transactional
	public Practitioner updateProfile(AccountPrincipal viewer, ProfileDraft draft) {
		Practitioner practitioner = practitioner(viewer.ownProfileId());
		if (draft.version() != null && draft.version() != practitioner.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Practitioner.class, practitioner.getId());
		}
		Practitioner.zoneOrUtc(draft.timeZone(), "timeZone");
		if (draft.homePlaceId() != null && portfolio.findPlace(draft.homePlaceId()).isEmpty()) {
			throw new InvalidInputException("homePlaceId", "Choose a place from the list");
		}
		if (!portfolio.allStakeholderGroupsExist(draft.stakeholderGroupIds())) {
			throw new InvalidInputException("stakeholderGroupIds", "Choose stakeholder groups from the list");
		}
		if (!portfolio.allIssuesExist(draft.concernIds())) {
			throw new InvalidInputException("concernIds", "Choose issues from the portfolio");
		}
		for (int i = 0; i < draft.availability().size(); i++) {
			if (!draft.availability().get(i).isComplete()) {
				throw new InvalidInputException("availability[" + i + "]",
						"Each window needs a day, a start and an end after the start");
			}
		}
		practitioner.change(draft, clock.instant());
		return practitioner;
	}
}
