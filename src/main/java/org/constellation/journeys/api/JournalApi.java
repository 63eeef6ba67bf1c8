package org.constellation.journeys.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.constellation.journeys.Bewilderment;
import org.constellation.journeys.BewildermentDraft;
import org.constellation.journeys.BewildermentState;
import org.constellation.journeys.BewildermentSummary;
import org.constellation.journeys.EntryDraft;
import org.constellation.journeys.JournalEntry;
import org.constellation.journeys.JournalService;
import org.constellation.journeys.Revisit;
import org.constellation.journeys.RevisitDraft;
import org.constellation.journeys.SharedEntry;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * One's own journal and bewilderments over HTTP. Anyone else's are "not found";
 * entries shared into a partnership are read by its current partners.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journal", description = "Your private journal, sharing an entry into a partnership, and your bewilderments")
class JournalApi {

	record EntryView(Long id, String title, String body, String bodyHtml, Instant writtenAt, Instant updatedAt,
			List<Long> sharedInto, long version) {

		static EntryView of(JournalEntry e, List<PartnershipRef> shared) {
			return new EntryView(e.getId(), e.getTitle(), e.getBody(), e.getBodyHtml(), e.getWrittenAt(),
					e.getUpdatedAt(), shared.stream().map(PartnershipRef::id).toList(), e.getVersion());
		}
	}

	record EntrySummary(Long id, String title, Instant writtenAt, long version) {
	}

	record ShareRequest(Long partnershipId) {
	}

	record RevisitView(Long id, String note, String noteHtml, Instant revisitedAt) {

		static RevisitView of(Revisit r) {
			return new RevisitView(r.getId(), r.getNote(), r.getNoteHtml(), r.getRevisitedAt());
		}
	}

	record BewildermentView(Long id, String text, BewildermentState state, Instant notedAt, Instant settledAt,
			long revisitCount, List<RevisitView> revisits, long version) {

		static BewildermentView of(Bewilderment b, List<Revisit> revisits) {
			return new BewildermentView(b.getId(), b.getText(), b.getState(), b.getNotedAt(), b.getSettledAt(),
					revisits.size(), revisits.stream().map(RevisitView::of).toList(), b.getVersion());
		}

		static BewildermentView of(BewildermentSummary s) {
			Bewilderment b = s.bewilderment();
			return new BewildermentView(b.getId(), b.getText(), b.getState(), b.getNotedAt(), b.getSettledAt(),
					s.revisits(), null, b.getVersion());
		}
	}

	private final JournalService journal;

	JournalApi(JournalService journal) {
		this.journal = journal;
	}

	@GetMapping("/journal/entries")
	@Operation(summary = "Your journal entries, newest first")
	PagedModel<EntrySummary> entries(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(journal.entries(me, pageable)
				.map(e -> new EntrySummary(e.getId(), e.getTitle(), e.getWrittenAt(), e.getVersion())));
	}

	@PostMapping("/journal/entries")
	@Operation(summary = "Write an entry (Markdown); writtenAt is optional, for entries kept elsewhere before")
	ResponseEntity<EntryView> write(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody EntryDraft draft) {
		JournalEntry e = journal.write(me, draft);
		return ResponseEntity.created(URI.create("/api/v1/journal/entries/" + e.getId()))
				.body(EntryView.of(e, List.of()));
	}

	@GetMapping("/journal/entries/{id}")
	@Operation(summary = "One of your entries, with the partnerships it is shared into")
	EntryView entry(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return EntryView.of(journal.entry(me, id), journal.sharedInto(me, id));
	}

	@PutMapping("/journal/entries/{id}")
	@Operation(summary = "Change an entry; send the version you started from")
	EntryView change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody EntryDraft draft) {
		Versions.required(draft.version());
		return EntryView.of(journal.change(me, id, draft), journal.sharedInto(me, id));
	}

	@DeleteMapping("/journal/entries/{id}")
	@Operation(summary = "Delete an entry; it leaves every partnership it was shared into")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long version) {
		journal.delete(me, id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/journal/entries/{id}/shares")
	@Operation(summary = "Share an entry into a partnership you are in; its partners can then read it")
	EntryView share(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody ShareRequest request) {
		journal.share(me, id, request.partnershipId());
		return entry(me, id);
	}

	@DeleteMapping("/journal/entries/{id}/shares/{partnershipId}")
	@Operation(summary = "Take an entry back from a partnership")
	EntryView unshare(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long partnershipId) {
		journal.unshare(me, id, partnershipId);
		return entry(me, id);
	}

	@GetMapping("/partnerships/{id}/shared-entries")
	@Operation(summary = "Journal entries shared into a partnership, newest first (its current partners only)")
	PagedModel<SharedEntry> shared(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(journal.sharedIn(me, id, pageable));
	}

	@GetMapping("/journal/bewilderments")
	@Operation(summary = "Your bewilderments: open ones first")
	PagedModel<BewildermentView> bewilderments(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(journal.bewilderments(me, pageable).map(BewildermentView::of));
	}

	@PostMapping("/journal/bewilderments")
	@Operation(summary = "Note what bewilders you")
	ResponseEntity<BewildermentView> note(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody BewildermentDraft draft) {
		Bewilderment b = journal.note(me, draft);
		return ResponseEntity.created(URI.create("/api/v1/journal/bewilderments/" + b.getId()))
				.body(BewildermentView.of(b, List.of()));
	}

	@GetMapping("/journal/bewilderments/{id}")
	@Operation(summary = "A bewilderment with its revisits")
	BewildermentView bewilderment(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		var v = journal.bewildermentWithRevisits(me, id);
		return BewildermentView.of(v.bewilderment(), v.revisits());
	}

	@PutMapping("/journal/bewilderments/{id}")
	@Operation(summary = "Reword a bewilderment; send the version you started from")
	BewildermentView reword(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody BewildermentDraft draft) {
		Versions.required(draft.version());
		journal.reword(me, id, draft);
		return bewilderment(me, id);
	}

	@DeleteMapping("/journal/bewilderments/{id}")
	@Operation(summary = "Let go of a bewilderment and its revisits")
	ResponseEntity<Void> forget(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		journal.forget(me, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/journal/bewilderments/{id}/revisits")
	@Operation(summary = "Come back to a bewilderment with a dated note")
	ResponseEntity<RevisitView> revisit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody RevisitDraft draft) {
		Revisit r = journal.revisit(me, id, draft);
		return ResponseEntity.status(201).body(RevisitView.of(r));
	}

	@PostMapping("/journal/bewilderments/{id}/settle")
	@Operation(summary = "Mark it settled for now (never solved: it can be reopened)")
	BewildermentView settle(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		journal.settle(me, id);
		return bewilderment(me, id);
	}

	@PostMapping("/journal/bewilderments/{id}/reopen")
	@Operation(summary = "Open a settled bewilderment again")
	BewildermentView reopen(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		journal.reopen(me, id);
		return bewilderment(me, id);
	}
}
