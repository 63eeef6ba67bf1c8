package org.constellation.people.web;

import org.constellation.people.AccountPrincipal;
import org.constellation.people.Directory;
import org.constellation.people.DirectoryQuery;
import org.constellation.people.Practitioner;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory of practitioners; its filters live in the URL so that a reload
 * or a shared link keeps them.
 */
@Controller
class DirectoryPages {

	static final int PAGE_SIZE = 24;

	private final Directory directory;
	private final Portfolio portfolio;

	DirectoryPages(Directory directory, Portfolio portfolio) {
		this.directory = directory;
		this.portfolio = portfolio;
	}

	@GetMapping("/practitioners")
	String directory(@AuthenticationPrincipal AccountPrincipal me, DirectoryQuery query,
			@RequestParam(required = false) String where, @RequestParam(defaultValue = "0") int page, Model model) {
		// a place is found by its name: a national constellation has too many to list
		PlaceChoice place = portfolio.choosePlace(query.place(), where);
		query = new DirectoryQuery(query.q(), query.group(), place.chosenId(), query.level(), query.issue(),
				query.open());
		Page<Practitioner> found = directory.directory(me, query,
				Paging.of(page, PAGE_SIZE).pageable(Sort.by("displayName", "id")));
		model.addAttribute("section", "directory");
		model.addAttribute("query", query);
		model.addAttribute("place", place);
		model.addAttribute("page", found);
		model.addAttribute("practitioners", directory.summaries(found.getContent()));
		model.addAttribute("groups", portfolio.stakeholderGroups());
		model.addAttribute("issues", portfolio.issues());
		model.addAttribute("levels", portfolio.levels());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/practitioners")
				.queryParamIfPresent("q", java.util.Optional.ofNullable(query.q()).filter(s -> !s.isBlank()))
				.queryParamIfPresent("group", java.util.Optional.ofNullable(query.group()))
				.queryParamIfPresent("place", java.util.Optional.ofNullable(query.place()))
				.queryParamIfPresent("level", java.util.Optional.ofNullable(query.level()))
				.queryParamIfPresent("issue", java.util.Optional.ofNullable(query.issue()))
				.queryParamIfPresent("open", java.util.Optional.ofNullable(query.open())).encode().toUriString());
		return "people/directory";
	}
}
