package org.constellation.formation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.constellation.formation.TableRecommendation;
import org.constellation.formation.TableRecommendations;
import org.constellation.formation.TableView;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Ref;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who is missing from a community's table, and inviting them, over HTTP. */
@RestController
@RequestMapping("/api/v1/communities/{id}/table-recommendations")
@Tag(name = "Table recommendations", description = "Who should be at a community's table: the stakeholder groups and levels its charter asks for that no member brings, and who could bring them (conveners and stewards)")
class TableRecommendationsApi {

	record Recommendations(List<Ref> stakeholderGroupsAsked, List<Ref> levelsAsked, List<Ref> missingStakeholderGroups,
			List<Ref> missingLevels, List<TableRecommendation> recommendations, int page, int size, long totalElements,
			int totalPages) {
	}

	private final TableRecommendations table;

	TableRecommendationsApi(TableRecommendations table) {
		this.table = table;
	}

	@GetMapping
	@Operation(summary = "What the charter asks for that no member brings, and who shares the community's concerns and would bring it, most gaps filled first (conveners and stewards)")
	Recommendations recommendations(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + TableRecommendations.PAGE_SIZE) @Min(1) @Max(100) int size) {
		TableView view = table.table(me, id, PageRequest.of(page, size));
		var found = view.recommendations();
		return new Recommendations(view.gaps().askedGroups(), view.gaps().askedLevels(), view.gaps().missingGroups(),
				view.gaps().missingLevels(), found.getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

	@PostMapping("/{practitionerId}/invitation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Invite this practitioner to the community (conveners); they are written to without their address being shown")
	void invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId) {
		table.invite(me, id, practitionerId);
	}
}
