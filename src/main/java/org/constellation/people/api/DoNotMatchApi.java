package org.constellation.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.DoNotMatchService;
import org.constellation.people.DoNotMatchWish;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own "do not match me with" list. Every route reads or changes
 * the caller's list only: there is no route to anyone else's.
 */
@RestController
@RequestMapping("/api/v1/profile/do-not-match")
@Tag(name = "People")
class DoNotMatchApi {

	record WishRequest(@NotNull(message = "Choose the practitioner by their id") Long practitionerId) {
	}

	private final DoNotMatchService doNotMatch;

	DoNotMatchApi(DoNotMatchService doNotMatch) {
		this.doNotMatch = doNotMatch;
	}

	@GetMapping
	@Operation(summary = "The people you asked not to be placed in a learning partnership with, newest first (only you see this list; they are never told)")
	List<DoNotMatchWish> list(@AuthenticationPrincipal AccountPrincipal me) {
		return doNotMatch.doNotMatchWishes(me);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask not to be matched with a practitioner when partnerships are formed; yourself, an unknown id or someone already listed are refused (422, 422, 409), and at most 50 people fit")
	DoNotMatchWish add(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody WishRequest request) {
		return doNotMatch.addDoNotMatch(me, request.practitionerId());
	}

	@DeleteMapping("/{practitionerId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take someone off your list (404 when they are not on it)")
	void remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long practitionerId) {
		doNotMatch.removeDoNotMatch(me, practitionerId);
	}
}
