package org.constellation.partnerships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import org.constellation.partnerships.InfrastructureDraft;
import org.constellation.partnerships.InfrastructureService;
import org.constellation.partnerships.InfrastructureVersion;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Ref;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partnership's infrastructure over HTTP: any current partner reads and edits
 * it, every edit is kept.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/infrastructure")
@Tag(name = "Partnership infrastructure", description = "Where and how partners meet, their tools and agreements, with history")
class InfrastructureApi {

	record InfrastructureView(int number, String place, String link, String tools, String agreements,
			String agreementsHtml, Ref editedBy, boolean fromOpening, Instant createdAt) {

		static final InfrastructureView NOTHING_YET = new InfrastructureView(0, "", "", "", "", "", null, false, null);

		static InfrastructureView of(InfrastructureVersion v, Map<Long, String> names) {
			if (v == null) {
				return NOTHING_YET;
			}
			Ref editor = v.getEditedBy() == null ? null : new Ref(v.getEditedBy(), names.get(v.getEditedBy()));
			return new InfrastructureView(v.getNumber(), v.getPlace(), v.getLink(), v.getTools(), v.getAgreements(),
					v.getAgreementsHtml(), editor, v.isFromOpening(), v.getCreatedAt());
		}
	}

	private final InfrastructureService infrastructure;

	InfrastructureApi(InfrastructureService infrastructure) {
		this.infrastructure = infrastructure;
	}

	@GetMapping
	@Operation(summary = "The latest version; number 0 when nothing is written yet (current partners only)")
	InfrastructureView current(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		var current = infrastructure.current(me, id);
		var latest = current.latest();
		return InfrastructureView.of(latest,
				latest == null || latest.getEditedBy() == null
						? Map.of()
						: Map.of(latest.getEditedBy(), current.editedByName()));
	}

	@PutMapping
	@Operation(summary = "Save a new version; basedOn is the number you started from (0 when there was none)")
	InfrastructureView edit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody InfrastructureDraft draft) {
		infrastructure.edit(me, id, draft);
		return current(me, id);
	}

	@GetMapping("/history")
	@Operation(summary = "Every version, latest first, with who saved it and when")
	PagedModel<InfrastructureView> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		var history = infrastructure.history(me, id, pageable);
		return new PagedModel<>(history.versions().map(v -> InfrastructureView.of(v, history.names())));
	}
}
