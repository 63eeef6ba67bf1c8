package org.constellation.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Everything a practitioner says about themselves (API body; the page form
 * converts to it).
 */
@NamedInterface(name = "api", propagate = false)
public record ProfileDraft(
		@NotBlank(message = "{profile.displayName.required}") @Size(max = 120, message = "{field.tooLong}") String displayName,
		Set<Long> stakeholderGroupIds,
		@Size(max = 10, message = "{profile.affiliations.tooMany}") List<@NotBlank @Size(max = 200) String> affiliations,
		Long homePlaceId, @Size(max = 4000, message = "{field.tooLong}") String practiceContext,
		@Size(max = 2000, message = "{field.tooLong}") String expertise, Set<Long> concernIds,
		@Size(max = 10, message = "{profile.languages.tooMany}") List<@NotBlank @Size(max = 60) String> languages,
		@NotBlank(message = "{profile.timeZone.required}") String timeZone,
		@Size(max = 21, message = "{profile.availability.tooMany}") List<@Valid @NotNull AvailabilityWindow> availability,
		boolean openToPartnership,
		@Min(value = 0, message = "{profile.capacity.range}") @Max(value = 7, message = "{profile.capacity.range}") int partnershipCapacity,
		Long version) {

	public ProfileDraft {
		stakeholderGroupIds = stakeholderGroupIds == null ? Set.of() : Set.copyOf(stakeholderGroupIds);
		concernIds = concernIds == null ? Set.of() : Set.copyOf(concernIds);
		affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
		languages = languages == null ? List.of() : List.copyOf(languages);
		availability = availability == null ? List.of() : List.copyOf(availability);
	}

	public static ProfileDraft of(Practitioner p) {
		return new ProfileDraft(p.getDisplayName(), p.getStakeholderGroupIds(), p.getAffiliations(), p.getHomePlaceId(),
				p.getPracticeContext(), p.getExpertise(), p.getConcernIds(), p.getLanguages(), p.getTimeZone(),
				p.getAvailability(), p.isOpenToPartnership(), p.getPartnershipCapacity(), p.getVersion());
	}
}
