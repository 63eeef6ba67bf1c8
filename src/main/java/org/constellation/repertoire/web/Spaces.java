package org.constellation.repertoire.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What every page of a community's practice work, repertoire and glossary shows
 * around its content: the community, who can read what is written there (the
 * reader's time zone comes from the shared ReaderZone advice).
 */
@Component
class Spaces {

	/** The community as these pages show it. */
	record Space(long id, String name, Visibility visibility, boolean canContribute, boolean canConvene) {

		public boolean membersOnly() {
			return visibility == Visibility.MEMBERS;
		}
	}

	private final CommunityService communities;
	private final CommunityAccess access;
	private final Validator validator;

	Spaces(CommunityService communities, CommunityAccess access, Validator validator) {
		this.communities = communities;
		this.access = access;
		this.validator = validator;
	}

	/**
	 * Adds "community" and "tab"; refuses a reader the community does not admit.
	 */
	Space add(Model model, AccountPrincipal me, long communityId, String tab) {
		Standing standing = access.requireRead(me, communityId);
		Space space = new Space(communityId, communities.name(communityId), standing.visibility(),
				standing.canContribute(), standing.canConvene());
		model.addAttribute("community", space);
		model.addAttribute("tab", tab);
		model.addAttribute("section", "communities");
		return space;
	}

	/** The draft's own checks, each put next to its field of the form. */
	<T> void validate(T draft, BindingResult errors) {
		for (ConstraintViolation<T> v : validator.validate(draft)) {
			String field = v.getPropertyPath().iterator().next().getName();
			if (errors.getFieldType(field) != null) {
				errors.rejectValue(field, "invalid", v.getMessage());
			} else {
				errors.reject("invalid", v.getMessage());
			}
		}
	}
}
