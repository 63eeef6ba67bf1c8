package org.constellation.communities.web;

import jakarta.servlet.http.HttpServletResponse;
import org.constellation.communities.CommunitySearch;
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

	private final CommunitySearch search;
	private final Spaces spaces;

	CommunitySearchPage(CommunitySearch search, Spaces spaces) {
		this.search = search;
		this.spaces = spaces;
	}

	@GetMapping("/communities/{id}/search")
	String search(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
		spaces.add(model, me, id, "search");
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
}
