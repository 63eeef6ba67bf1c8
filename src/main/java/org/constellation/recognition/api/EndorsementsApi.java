package org.constellation.recognition.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.constellation.people.AccountPrincipal;
import org.constellation.recognition.EndorsementDraft;
import org.constellation.recognition.EndorsementService;
import org.constellation.recognition.EndorsementView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sponsors' endorsements of social artists over HTTP. */
@RestController
@RequestMapping("/api/v1/endorsements")
@Tag(name = "Endorsements", description = "A sponsor's recognition of a social artist and the support they offer; written by sponsors, read by everyone signed in")
class EndorsementsApi {

	private final EndorsementService endorsements;

	EndorsementsApi(EndorsementService endorsements) {
		this.endorsements = endorsements;
	}

	@GetMapping
	@Operation(summary = "Endorsements, most recent first; of one social artist if asked")
	PagedModel<EndorsementView> list(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) Long socialArtistId,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		return new PagedModel<>(
				socialArtistId == null ? endorsements.recent(me, page) : endorsements.of(me, socialArtistId, page));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Endorse a social artist (sponsors): what you recognise, and the support you offer")
	EndorsementView endorse(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody EndorsementDraft draft) {
		return endorsements.endorse(me, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an endorsement you wrote")
	void withdraw(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		endorsements.withdraw(me, id);
	}
}
