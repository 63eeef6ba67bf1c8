package org.constellation.communities.web;

import java.util.List;
import java.util.Set;
import org.constellation.communities.Activity;
import org.constellation.communities.CharterDraft;
import org.constellation.communities.Community;
import org.constellation.communities.JoinPolicy;
import org.constellation.communities.Visibility;

/**
 * The charter as the step-by-step form holds it. Each step posts only its own
 * fields; the rest comes from the saved community, so a step never erases
 * another.
 */
public record CharterForm(String name, String purpose, Set<Long> issueIds, Set<Long> stakeholderGroupIds,
		Set<Long> neededLevelIds, Set<Long> placeIds, Set<Activity> activities, String practice, Visibility visibility,
		JoinPolicy joinPolicy, String legitimacy, Long version) {

	/**
	 * The steps of convening, in order; the first is "name", before the four
	 * questions.
	 */
	public static final List<String> STEPS = List.of("name", "concerns", "table", "practice", "conveners", "openness");

	public CharterForm {
		issueIds = issueIds == null ? Set.of() : issueIds;
		stakeholderGroupIds = stakeholderGroupIds == null ? Set.of() : stakeholderGroupIds;
		neededLevelIds = neededLevelIds == null ? Set.of() : neededLevelIds;
		placeIds = placeIds == null ? Set.of() : placeIds;
		activities = activities == null ? Set.of() : activities;
	}

	/** The same form with one more place (found by its name on the table step). */
	CharterForm withPlace(long placeId) {
		Set<Long> more = new java.util.LinkedHashSet<>(placeIds);
		more.add(placeId);
		return new CharterForm(name, purpose, issueIds, stakeholderGroupIds, neededLevelIds, more, activities, practice,
				visibility, joinPolicy, legitimacy, version);
	}

	static CharterForm of(Community c, String legitimacy) {
		return new CharterForm(c.getName(), c.getPurpose(), c.getIssueIds(), c.getStakeholderGroupIds(),
				c.getNeededLevelIds(), c.getPlaceIds(), c.getActivities(), c.getPractice(), c.getVisibility(),
				c.getJoinPolicy(), legitimacy, c.getVersion());
	}

	/**
	 * This step's fields over the saved charter, with the version the person
	 * started from.
	 */
	CharterDraft draftFor(String step, Community saved) {
		boolean named = step.equals("name");
		boolean concerns = step.equals("concerns");
		boolean table = step.equals("table");
		boolean practiced = step.equals("practice");
		boolean openness = step.equals("openness");
		return new CharterDraft(named ? name : saved.getName(), named ? purpose : saved.getPurpose(),
				concerns ? issueIds : saved.getIssueIds(), table ? stakeholderGroupIds : saved.getStakeholderGroupIds(),
				table ? neededLevelIds : saved.getNeededLevelIds(), table ? placeIds : saved.getPlaceIds(),
				practiced ? activities : saved.getActivities(), practiced ? practice : saved.getPractice(),
				openness ? visibility : saved.getVisibility(), openness ? joinPolicy : saved.getJoinPolicy(), version);
	}
}
