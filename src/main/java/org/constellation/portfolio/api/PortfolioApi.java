package org.constellation.portfolio.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.IssueDraft;
import org.constellation.portfolio.IssueStatus;
import org.constellation.portfolio.Level;
import org.constellation.portfolio.LevelDraft;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.PlaceDraft;
import org.constellation.portfolio.PlaceMatch;
import org.constellation.portfolio.Portfolio;
import org.constellation.portfolio.StakeholderGroup;
import org.constellation.portfolio.StakeholderGroupDraft;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Pages;
import org.constellation.shared.Ref;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio over HTTP: levels of scale, places, stakeholder groups and
 * issues.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portfolio", description = "Levels of scale, places, stakeholder groups and issues; changes are for stewards")
class PortfolioApi {

	record LevelView(Long id, String name, int rank) {
		static LevelView of(Level l) {
			return new LevelView(l.getId(), l.getName(), l.getRank());
		}
	}

	record PlaceView(Long id, String name, Ref level, Long parentId) {
		static PlaceView of(Place p) {
			return new PlaceView(p.getId(), p.getName(), new Ref(p.getLevel().getId(), p.getLevel().getName()),
					p.getParentId());
		}
	}

	record PlaceDetail(Long id, String name, Ref level, Long parentId, List<Ref> path, List<PlaceView> children) {
	}

	record GroupView(Long id, String name, String description, boolean retired) {
		static GroupView of(StakeholderGroup g) {
			return new GroupView(g.getId(), g.getName(), g.getDescription(), g.isRetired());
		}
	}

	record IssueView(Long id, String name, String description, IssueStatus status, Long parentId, List<Ref> levels,
			long version) {
		static IssueView of(Issue i) {
			return new IssueView(i.getId(), i.getName(), i.getDescription(), i.getStatus(), i.getParentId(),
					i.getLevels().stream().map(l -> new Ref(l.getId(), l.getName())).toList(), i.getVersion());
		}
	}

	record IssueDetail(IssueView issue, List<Ref> subIssues) {
	}

	private final Portfolio portfolio;

	PortfolioApi(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping("/scales")
	@Operation(summary = "Levels of scale, broadest first")
	List<LevelView> scales() {
		return portfolio.levels().stream().map(LevelView::of).toList();
	}

	@PostMapping("/scales")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a level of scale as the narrowest (stewards)")
	LevelView addScale(@Valid @RequestBody LevelDraft draft) {
		return LevelView.of(portfolio.addLevel(draft));
	}

	@PutMapping("/scales/{id}")
	@Operation(summary = "Rename a level of scale (stewards)")
	LevelView renameScale(@PathVariable long id, @Valid @RequestBody LevelDraft draft) {
		return LevelView.of(portfolio.renameLevel(id, draft));
	}

	@PostMapping("/scales/{id}/move")
	@Operation(summary = "Move a level one step broader or narrower (stewards)")
	List<LevelView> moveScale(@PathVariable long id, @RequestParam String direction) {
		portfolio.moveLevel(id, "broader".equals(direction));
		return scales();
	}

	@DeleteMapping("/scales/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a level that no place or issue uses (stewards)")
	void removeScale(@PathVariable long id) {
		portfolio.removeLevel(id);
	}

	@GetMapping("/places")
	@Operation(summary = "Places, optionally under a parent or at a level; paged")
	PagedModel<PlaceView> places(@RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Long levelId,
			@PageableDefault(size = 50, sort = "name") Pageable pageable) {
		return new PagedModel<>(portfolio.places(parentId, levelId, pageable).map(PlaceView::of));
	}

	@GetMapping("/places/search")
	@Operation(summary = "Find places by name (as a picker does): at most `size` (1 to 50) whose name holds `q`, "
			+ "the exact name first, each with its level and the place it lies in; \"Name, Within\" finds the place "
			+ "of that name inside the one named after the comma")
	List<PlaceMatch> searchPlaces(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "20") int size) {
		if (size < 1 || size > 50) {
			throw new InvalidInputException("size", "Ask for 1 to 50 places");
		}
		if (q.strip().length() > 200) {
			throw new InvalidInputException("q", "Search for at most 200 characters");
		}
		return portfolio.placesNamed(q, size);
	}

	@GetMapping("/places/{id}")
	@Operation(summary = "A place with the path down to it and the places within it")
	PlaceDetail place(@PathVariable long id) {
		Place place = portfolio.place(id);
		return new PlaceDetail(place.getId(), place.getName(),
				new Ref(place.getLevel().getId(), place.getLevel().getName()), place.getParentId(),
				portfolio.pathTo(id).stream().map(p -> new Ref(p.getId(), p.getName())).toList(),
				portfolio.childrenOf(id).stream().map(PlaceView::of).toList());
	}

	@PostMapping("/places")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a place (stewards)")
	PlaceView addPlace(@Valid @RequestBody PlaceDraft draft) {
		return PlaceView.of(portfolio.addPlace(draft));
	}

	@PutMapping("/places/{id}")
	@Operation(summary = "Rename or move a place (stewards)")
	PlaceView changePlace(@PathVariable long id, @Valid @RequestBody PlaceDraft draft) {
		return PlaceView.of(portfolio.changePlace(id, draft));
	}

	@GetMapping("/stakeholder-groups")
	@Operation(summary = "Stakeholder groups, retired ones included and marked")
	List<GroupView> groups() {
		return portfolio.stakeholderGroups().stream().map(GroupView::of).toList();
	}

	@PostMapping("/stakeholder-groups")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a stakeholder group (stewards)")
	GroupView addGroup(@Valid @RequestBody StakeholderGroupDraft draft) {
		return GroupView.of(portfolio.addStakeholderGroup(draft));
	}

	@PutMapping("/stakeholder-groups/{id}")
	@Operation(summary = "Rename, describe or retire a stakeholder group (stewards)")
	GroupView changeGroup(@PathVariable long id, @Valid @RequestBody StakeholderGroupDraft draft) {
		return GroupView.of(portfolio.changeStakeholderGroup(id, draft));
	}

	@GetMapping("/issues")
	@Operation(summary = "The portfolio of issues, by name; paged, filtered by status or level")
	PagedModel<IssueView> issues(@RequestParam(required = false) IssueStatus status,
			@RequestParam(required = false) Long levelId, @PageableDefault(size = 50) Pageable pageable) {
		List<IssueView> matching = portfolio.issues().stream().filter(i -> status == null || i.getStatus() == status)
				.filter(i -> levelId == null || i.getLevels().stream().anyMatch(l -> l.getId().equals(levelId)))
				.map(IssueView::of).toList();
		return new PagedModel<>(Pages.of(matching, org.springframework.data.domain.PageRequest
				.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))));
	}

	@GetMapping("/issues/{id}")
	@Operation(summary = "An issue with its sub-issues")
	IssueDetail issue(@PathVariable long id) {
		return new IssueDetail(IssueView.of(portfolio.issue(id)),
				portfolio.subIssues(id).stream().map(i -> new Ref(i.getId(), i.getName())).toList());
	}

	@PostMapping("/issues")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an issue (stewards)")
	IssueView addIssue(@Valid @RequestBody IssueDraft draft) {
		return IssueView.of(portfolio.addIssue(draft));
	}

	@PutMapping("/issues/{id}")
	@Operation(summary = "Change an issue (stewards)")
	IssueView changeIssue(@PathVariable long id, @Valid @RequestBody IssueDraft draft) {
		return IssueView.of(portfolio.changeIssue(id, draft));
	}
}
