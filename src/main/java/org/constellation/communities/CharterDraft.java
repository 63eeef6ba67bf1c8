package org.constellation.communities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * The whole charter as a person edits it. {@code version} is the one they
 * started from: a stale edit is refused, never silently overwritten.
 */
@NamedInterface(name = "api", propagate = false)
public record CharterDraft(@NotBlank @Size(max = 120) String name, @Size(max = 500) String purpose,
		@NotNull Set<Long> issueIds, @NotNull Set<Long> stakeholderGroupIds, @NotNull Set<Long> neededLevelIds,
		@NotNull Set<Long> placeIds, @NotNull Set<Activity> activities, @Size(max = 8000) String practice,
		@NotNull Visibility visibility, @NotNull JoinPolicy joinPolicy, Long version) {

	public CharterDraft {
		issueIds = issueIds == null ? Set.of() : Set.copyOf(issueIds);
		stakeholderGroupIds = stakeholderGroupIds == null ? Set.of() : Set.copyOf(stakeholderGroupIds);
		neededLevelIds = neededLevelIds == null ? Set.of() : Set.copyOf(neededLevelIds);
		placeIds = placeIds == null ? Set.of() : Set.copyOf(placeIds);
		activities = activities == null ? Set.of() : Set.copyOf(activities);
		visibility = visibility == null ? Visibility.PUBLIC : visibility;
		joinPolicy = joinPolicy == null ? JoinPolicy.REQUEST : joinPolicy;
	}

	/**
	 * A new community: a name and a line on its purpose; the rest comes step by
	 * step.
	 */
	public static CharterDraft named(String name, String purpose) {
		return new CharterDraft(name, purpose, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "", Visibility.PUBLIC,
				JoinPolicy.REQUEST, null);
	}

}
