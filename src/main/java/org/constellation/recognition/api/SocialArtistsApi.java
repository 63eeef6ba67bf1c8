package org.constellation.recognition.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.recognition.EndorsementService;
import org.constellation.recognition.EndorsementView;
import org.constellation.recognition.Footprint;
import org.constellation.recognition.SocialArtists;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Social artists and their footprints over HTTP (everyone signed in). */
@RestController
@RequestMapping("/api/v1/social-artists")
@Tag(name = "Social artists", description = "The conveners of the constellation's communities and the footprint of their work; listed by name, never ranked")
class SocialArtistsApi {

	record SocialArtist(Footprint footprint, List<EndorsementView> endorsements) {
	}

	private final SocialArtists artists;
	private final EndorsementService endorsements;

	SocialArtistsApi(SocialArtists artists, EndorsementService endorsements) {
		this.artists = artists;
		this.endorsements = endorsements;
	}

	@GetMapping
	@Operation(summary = "Everyone who convenes a community, by name, with their footprint")
	PagedModel<Footprint> list(@ParameterObject @PageableDefault(size = SocialArtists.PAGE_SIZE) Pageable pageable) {
		return new PagedModel<>(artists.list(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A social artist's footprint and the endorsements sponsors gave them (404 for someone who convenes nothing)")
	SocialArtist one(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new SocialArtist(artists.footprint(id), endorsements.of(me, id, PageRequest.of(0, 100)).getContent());
	}
}
