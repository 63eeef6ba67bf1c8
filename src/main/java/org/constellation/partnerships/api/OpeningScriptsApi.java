package org.constellation.partnerships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.constellation.partnerships.OpeningScript;
import org.constellation.partnerships.OpeningService;
import org.constellation.partnerships.OpeningStep;
import org.constellation.partnerships.ScriptDraft;
import org.constellation.people.AccountPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening script templates: read by everyone, written by stewards and
 * conveners.
 */
@RestController
@RequestMapping("/api/v1/opening-scripts")
@Tag(name = "Opening scripts", description = "Templates of the opening of a partnership, in versions")
class OpeningScriptsApi {

	record ScriptLine(Long id, String name, String description, boolean shipped) {

		static ScriptLine of(OpeningScript s) {
			return new ScriptLine(s.getId(), s.getName(), s.getDescription(), s.getCreatedBy() == null);
		}
	}

	record StepLine(int position, String category, String move, String question, String guidance) {

		static StepLine of(OpeningStep s) {
			return new StepLine(s.getPosition(), s.getCategory().name(), s.getMove().name(), s.getQuestion(),
					s.getGuidance());
		}
	}

	record ScriptDetail(Long id, String name, String description, int version, List<Integer> versions,
			Instant versionCreatedAt, List<StepLine> steps) {

		static ScriptDetail of(OpeningService.ScriptDetails d) {
			return new ScriptDetail(d.script().getId(), d.script().getName(), d.script().getDescription(),
					d.shown().getNumber(), d.versions().stream().map(v -> v.getNumber()).toList(),
					d.shown().getCreatedAt(), d.steps().stream().map(StepLine::of).toList());
		}
	}

	record VersionRequest(@NotNull(message = "Say which version you edited") Integer basedOn,
			@Valid @NotNull ScriptDraft script) {
	}

	private final OpeningService opening;

	OpeningScriptsApi(OpeningService opening) {
		this.opening = opening;
	}

	@GetMapping
	@Operation(summary = "The opening scripts partners can choose from")
	List<ScriptLine> list() {
		return opening.scripts().stream().map(ScriptLine::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A script's steps, the latest version or the one asked for")
	ScriptDetail get(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return ScriptDetail.of(opening.script(id, version));
	}

	@PostMapping
	@Operation(summary = "Write a new script (stewards and conveners); it needs a step on the four tenets")
	ResponseEntity<ScriptDetail> create(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody ScriptDraft draft) {
		OpeningScript s = opening.createScript(me, draft);
		return ResponseEntity.created(URI.create("/api/v1/opening-scripts/" + s.getId()))
				.body(ScriptDetail.of(opening.script(s.getId(), null)));
	}

	@PostMapping("/{id}/versions")
	@Operation(summary = "A new version (its author or a steward); openings under way keep theirs")
	ResponseEntity<ScriptDetail> version(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody VersionRequest request) {
		var v = opening.newVersion(me, id, request.script(), request.basedOn());
		return ResponseEntity.status(201).body(ScriptDetail.of(opening.script(id, v.getNumber())));
	}
}
