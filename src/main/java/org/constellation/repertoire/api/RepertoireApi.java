package org.constellation.repertoire.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.constellation.communities.CommunitySearch;
import org.constellation.people.AccountPrincipal;
import org.constellation.repertoire.ArtifactDraft;
import org.constellation.repertoire.ArtifactKind;
import org.constellation.repertoire.ArtifactView;
import org.constellation.repertoire.GlossaryTermDraft;
import org.constellation.repertoire.GlossaryTermView;
import org.constellation.repertoire.PracticeWorkDraft;
import org.constellation.repertoire.PracticeWorkOutputDraft;
import org.constellation.repertoire.PracticeWorkService;
import org.constellation.repertoire.PracticeWorkStatus;
import org.constellation.repertoire.PracticeWorkView;
import org.constellation.repertoire.RepertoireService;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A community's practice work, shared repertoire and glossary over HTTP. Who
 * may read and change them is decided by the communities module's access
 * policy, as on the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Practice and repertoire", description = "A community's practice work, shared repertoire and glossary")
class RepertoireApi {

	private final PracticeWorkService works;
	private final RepertoireService repertoire;

	RepertoireApi(PracticeWorkService works, RepertoireService repertoire) {
		this.works = works;
		this.repertoire = repertoire;
	}

	// Practice work

	@GetMapping("/communities/{id}/practice-work")
	@Operation(summary = "A community's practice work, most recently moved first; filter by status")
	PagedModel<PracticeWorkView> practiceWork(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) PracticeWorkStatus status,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(works.list(me, id, status, pageable));
	}

	@PostMapping("/communities/{id}/practice-work")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose practice work (active members); you take part in it from the start")
	PracticeWorkView propose(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody PracticeWorkDraft draft) {
		return works.propose(me, id, draft);
	}

	@GetMapping("/practice-work/{id}")
	@Operation(summary = "A piece of practice work with its participants and outputs")
	PracticeWorkView work(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return works.view(me, id);
	}

	@PutMapping("/practice-work/{id}")
	@Operation(summary = "Change the title, goal or status (participants and conveners); send the version you read")
	PracticeWorkView changeWork(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody PracticeWorkDraft draft) {
		Versions.required(draft.version());
		return works.change(me, id, draft);
	}

	@PutMapping("/practice-work/{id}/participation")
	@Operation(summary = "Take part in the work (active members); doing it twice changes nothing")
	PracticeWorkView join(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return works.join(me, id);
	}

	@DeleteMapping("/practice-work/{id}/participation")
	@Operation(summary = "Stop taking part in the work; doing it twice changes nothing")
	ResponseEntity<Void> leave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		works.leave(me, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/practice-work/{id}/outputs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an output of the work: a title and an http(s) address or a Markdown note")
	PracticeWorkView.Output addOutput(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody PracticeWorkOutputDraft draft) {
		return works.addOutput(me, id, draft);
	}

	// The repertoire

	@GetMapping("/communities/{id}/artifacts")
	@Operation(summary = "A community's shared repertoire, newest first; filter by kind, tag and issue")
	PagedModel<ArtifactView> artifacts(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ArtifactKind kind, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Long issueId,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(
				repertoire.artifacts(me, id, new RepertoireService.ArtifactQuery(kind, tag, issueId), pageable));
	}

	@PostMapping("/communities/{id}/artifacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add to the repertoire (active members): a body in Markdown and/or an http(s) address")
	ArtifactView addArtifact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody ArtifactDraft draft) {
		return repertoire.addArtifact(me, id, draft);
	}

	@GetMapping("/artifacts/{id}")
	@Operation(summary = "A piece of the repertoire, with its body rendered as safe HTML")
	ArtifactView artifact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return repertoire.artifact(me, id);
	}

	@PutMapping("/artifacts/{id}")
	@Operation(summary = "Change a piece of the repertoire (its author and conveners); send the version you read")
	ArtifactView changeArtifact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody ArtifactDraft draft) {
		Versions.required(draft.version());
		return repertoire.changeArtifact(me, id, draft);
	}

	@DeleteMapping("/artifacts/{id}")
	@Operation(summary = "Remove a piece of the repertoire (its author and conveners)")
	ResponseEntity<Void> removeArtifact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		repertoire.removeArtifact(me, id);
		return ResponseEntity.noContent().build();
	}

	// The glossary

	@GetMapping("/communities/{id}/glossary")
	@Operation(summary = "A community's glossary, alphabetical; q finds terms and meanings containing it")
	PagedModel<GlossaryTermView> glossary(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) @Size(max = CommunitySearch.MAX_QUERY_LENGTH) String q,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable) {
		return new PagedModel<>(repertoire.glossary(me, id, q, pageable));
	}

	@PostMapping("/communities/{id}/glossary")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a term (active members); a community has each term once, whatever its case")
	GlossaryTermView addTerm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody GlossaryTermDraft draft) {
		return repertoire.addTerm(me, id, draft);
	}

	@GetMapping("/glossary-terms/{id}")
	@Operation(summary = "A glossary term")
	GlossaryTermView term(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return repertoire.term(me, id);
	}

	@PutMapping("/glossary-terms/{id}")
	@Operation(summary = "Change a term (its author and conveners); send the version you read")
	GlossaryTermView changeTerm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody GlossaryTermDraft draft) {
		Versions.required(draft.version());
		return repertoire.changeTerm(me, id, draft);
	}
}
