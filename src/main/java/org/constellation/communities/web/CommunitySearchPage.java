package org.constellation.communities.web;

import jakarta.servlet.http.HttpServletResponse;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunitySearch;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Search inside one community, across everything its modules keep there. */
@Controller
class CommunitySearchPage {

	/**
	 * The community as the page shows it around the results, with the same tabs as
	 * the repertoire's pages: who can read what is written there (the reader's time
	 * zone comes from the shared ReaderZone advice).
	 */
	record Space(long id, String name, Visibility visibility, boolean canContribute, boolean canConvene) {

		public boolean membersOnly() {
			return visibility == Visibility.MEMBERS;
		}
	}

	private final CommunitySearch search;
	private final CommunityService communities;
	private final CommunityAccess access;

	CommunitySearchPage(CommunitySearch search, CommunityService communities, CommunityAccess access) {
		this.search = search;
		this.communities = communities;
		this.access = access;
	}

	@GetMapping("/communities/{id}/search")
	String search(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
		addSpace(model, me, id);
		String text = q == null ? "" : q;
		model.addAttribute("q", text);
		model.addAttribute("maxLength", CommunitySearch.MAX_QUERY_LENGTH);
		if (text.strip().length() > CommunitySearch.MAX_QUERY_LENGTH) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("tooLong", true);
			return "communities/repertoire/search";
		}
		model.addAttribute("results", search.search(me, id, text));
		return "communities/repertoire/search";
	}

	/**
	 * Adds "community" and "tab"; refuses a reader the community does not admit.
	 */
	private void addSpace(Model model, AccountPrincipal me, long communityId) {
		Standing standing = access.requireRead(me, communityId);
		model.addAttribute("community", new Space(communityId, communities.name(communityId), standing.visibility(),
				standing.canContribute(), standing.canConvene()));
		model.addAttribute("tab", "search");
		model.addAttribute("section", "communities");
	}
}
