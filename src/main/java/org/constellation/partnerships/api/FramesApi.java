package org.constellation.partnerships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.constellation.partnerships.Frame;
import org.constellation.partnerships.FrameComparison;
import org.constellation.partnerships.FrameDraft;
import org.constellation.partnerships.FrameService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Ref;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Frames of reference over HTTP: read by every current partner, written by each
 * for themselves.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/frames")
@Tag(name = "Partnership frames of reference", description = "How each partner sees the partnership's focus, versioned")
class FramesApi {

	record FrameView(Long id, Long practitionerId, int number, String body, String bodyHtml, Instant createdAt) {

		static FrameView of(Frame f) {
			return f == null
					? null
					: new FrameView(f.getId(), f.getPractitionerId(), f.getNumber(), f.getBody(), f.getBodyHtml(),
							f.getCreatedAt());
		}
	}

	record PartnerFrameView(Ref partner, FrameView latest) {
	}

	record VersionsView(Ref partner, List<FrameView> versions) {
	}

	record ComparisonView(Ref fromAuthor, FrameView from, Ref toAuthor, FrameView to, boolean same,
			List<FrameComparison.Piece> changes) {
	}

	private final FrameService frames;

	FramesApi(FrameService frames) {
		this.frames = frames;
	}

	@GetMapping
	@Operation(summary = "Each current partner's latest frame, in seat order (current partners only)")
	List<PartnerFrameView> board(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return frames.board(me, id).partners().stream()
				.map(p -> new PartnerFrameView(p.partner(), FrameView.of(p.latest()))).toList();
	}

	@PutMapping
	@Operation(summary = "Save a new version of your own frame; basedOn is the number you started from (0 for a first frame)")
	FrameView write(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody FrameDraft draft) {
		return FrameView.of(frames.write(me, id, draft));
	}

	@PutMapping("/{practitionerId}")
	@Operation(summary = "Save a new version of a partner's frame: only that partner may")
	FrameView writeFor(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, @Valid @RequestBody FrameDraft draft) {
		return FrameView.of(frames.write(me, id, practitionerId, draft));
	}

	@GetMapping("/{practitionerId}/versions")
	@Operation(summary = "Every version of a partner's frame, latest first")
	VersionsView versions(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId) {
		var history = frames.history(me, id, practitionerId);
		return new VersionsView(history.partner(), history.versions().stream().map(FrameView::of).toList());
	}

	@GetMapping("/compare")
	@Operation(summary = "Two versions (frame ids) side by side, with the word-level changes from one to the other")
	ComparisonView compare(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam long from,
			@RequestParam long to) {
		var c = frames.compare(me, id, from, to);
		return new ComparisonView(c.fromAuthor(), FrameView.of(c.comparison().from()), c.toAuthor(),
				FrameView.of(c.comparison().to()), c.comparison().isSame(), c.comparison().changes());
	}
}
