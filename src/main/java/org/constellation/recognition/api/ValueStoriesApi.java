package org.constellation.recognition.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.constellation.people.AccountPrincipal;
import org.constellation.recognition.ValueCycle;
import org.constellation.recognition.ValueStoryDraft;
import org.constellation.recognition.ValueStoryService;
import org.constellation.recognition.ValueStoryView;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
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
 * Value-creation stories over HTTP; who may read and write them is decided as
 * on the pages.
 */
@RestController
@RequestMapping("/api/v1/value-stories")
@Tag(name = "Value stories", description = "Value-creation stories of a community, tagged with the value cycles they show (immediate, potential, applied, realized, reframing)")
class ValueStoriesApi {

	private final ValueStoryService stories;

	ValueStoriesApi(ValueStoryService stories) {
		this.stories = stories;
	}

	@GetMapping
	@Operation(summary = "The stories you may read, newest first; of one community and one cycle if asked")
	PagedModel<ValueStoryView> list(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) Long communityId, @RequestParam(required = false) ValueCycle cycle,
			@ParameterObject @PageableDefault(size = ValueStoryService.PAGE_SIZE) Pageable pageable) {
		return new PagedModel<>(stories.list(me, communityId, cycle, pageable));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a story of a community you are an active member of")
	ValueStoryView write(@AuthenticationPrincipal AccountPrincipal me, @RequestBody ValueStoryDraft draft) {
		return stories.write(me, draft);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A story, for those who may read it")
	ValueStoryView story(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return stories.story(me, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a story you wrote; give the version you read (409 when someone saved meanwhile)")
	ValueStoryView change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody ValueStoryDraft draft) {
		Versions.required(draft.version());
		return stories.change(me, id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a story you wrote")
	void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		stories.delete(me, id);
	}
}
