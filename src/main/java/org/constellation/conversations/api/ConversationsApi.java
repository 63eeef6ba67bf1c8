package org.constellation.conversations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.constellation.conversations.ConversationService;
import org.constellation.conversations.PostedReply;
import org.constellation.conversations.ReplyDraft;
import org.constellation.conversations.ReplyKind;
import org.constellation.conversations.ReplyView;
import org.constellation.conversations.ThreadDraft;
import org.constellation.conversations.ThreadKind;
import org.constellation.conversations.ThreadSummary;
import org.constellation.conversations.ThreadView;
import org.constellation.people.AccountPrincipal;
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

/** Threads, replies, "this helped" marks and following, over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conversations", description = "Threads and replies inside a community, marks of what helped, following")
class ConversationsApi {

	record NewThread(
			@NotNull(message = "Choose a kind: QUESTION, CHALLENGE, STORY, CASE_REVIEW or IDEA") ThreadKind kind,
			@NotBlank(message = "Give the conversation a title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
			@NotBlank(message = "Write what you would like to bring") @Size(max = 10000, message = "Keep it under 10,000 characters") String body) {
	}

	record ThreadEdit(
			@NotNull(message = "Choose a kind: QUESTION, CHALLENGE, STORY, CASE_REVIEW or IDEA") ThreadKind kind,
			@NotBlank(message = "Give the conversation a title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
			@NotBlank(message = "Write what you would like to bring") @Size(max = 10000, message = "Keep it under 10,000 characters") String body,
			@NotNull(message = "Send the version you edited") Long version) {
	}

	record NewReply(
			@NotNull(message = "Choose a kind: BUILDS_ON, CLARIFYING_QUESTION, RESOURCE or REFLECTION") ReplyKind kind,
			@NotBlank(message = "Write your reply") @Size(max = 10000, message = "Keep it under 10,000 characters") String body) {
	}

	record ReplyEdit(
			@NotNull(message = "Choose a kind: BUILDS_ON, CLARIFYING_QUESTION, RESOURCE or REFLECTION") ReplyKind kind,
			@NotBlank(message = "Write your reply") @Size(max = 10000, message = "Keep it under 10,000 characters") String body,
			@NotNull(message = "Send the version you edited") Long version) {
	}

	/** A reply just posted; {@code suggestion} is a gentle nudge, or null. */
	record PostedReplyView(ReplyView reply, String suggestion) {
	}

	record Following(boolean following) {
	}

	private final ConversationService conversations;

	ConversationsApi(ConversationService conversations) {
		this.conversations = conversations;
	}

	@GetMapping("/communities/{id}/threads")
	@Operation(summary = "A community's threads, most recently active first; ?kind= keeps one kind")
	PagedModel<ThreadSummary> threads(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ThreadKind kind,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(conversations.threads(me, id, kind, pageable));
	}

	@PostMapping("/communities/{id}/threads")
	@Operation(summary = "Start a thread in a community (members)")
	ResponseEntity<ThreadView> start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody NewThread request) {
		ThreadView thread = conversations.start(me, id,
				new ThreadDraft(request.kind(), request.title(), request.body(), null));
		return ResponseEntity.created(URI.create("/api/v1/threads/" + thread.id())).body(thread);
	}

	@GetMapping("/threads/{id}")
	@Operation(summary = "A thread, with who can read it")
	ThreadView thread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return conversations.thread(me, id);
	}

	@PutMapping("/threads/{id}")
	@Operation(summary = "Edit your own thread; send the version you edited (a stale one is a 409)")
	ThreadView edit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody ThreadEdit request) {
		return conversations.edit(me, id,
				new ThreadDraft(request.kind(), request.title(), request.body(), request.version()));
	}

	@GetMapping("/threads/{id}/replies")
	@Operation(summary = "A thread's replies, oldest first")
	PagedModel<ReplyView> replies(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ParameterObject @PageableDefault(size = ConversationService.REPLIES_PER_PAGE) Pageable pageable) {
		return new PagedModel<>(conversations.replies(me, id, pageable));
	}

	@PostMapping("/threads/{id}/replies")
	@Operation(summary = "Reply to a thread (members); a reply opening with \"but\" comes back with a suggestion")
	ResponseEntity<PostedReplyView> reply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody NewReply request) {
		PostedReply posted = conversations.reply(me, id, new ReplyDraft(request.kind(), request.body(), null));
		return ResponseEntity.created(URI.create("/api/v1/replies/" + posted.reply().id()))
				.body(new PostedReplyView(posted.reply(), posted.suggestion()));
	}

	@GetMapping("/replies/{id}")
	@Operation(summary = "A reply")
	ReplyView replyById(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return conversations.reply(me, id);
	}

	@PutMapping("/replies/{id}")
	@Operation(summary = "Edit your own reply; send the version you edited (a stale one is a 409)")
	ReplyView editReply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody ReplyEdit request) {
		return conversations.editReply(me, id, new ReplyDraft(request.kind(), request.body(), request.version()));
	}

	@PutMapping("/replies/{id}/helped")
	@Operation(summary = "Say a reply helped you (only the person who started the thread)")
	ReplyView helped(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return conversations.markHelped(me, id, true);
	}

	@DeleteMapping("/replies/{id}/helped")
	@Operation(summary = "Take back the mark that a reply helped you")
	ReplyView notHelped(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return conversations.markHelped(me, id, false);
	}

	@PutMapping("/threads/{id}/follow")
	@Operation(summary = "Follow a thread: hear of its replies")
	Following followThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new Following(conversations.followThread(me, id, true).following());
	}

	@DeleteMapping("/threads/{id}/follow")
	@Operation(summary = "Stop following a thread")
	Following unfollowThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new Following(conversations.followThread(me, id, false).following());
	}

	@PutMapping("/communities/{id}/follow")
	@Operation(summary = "Follow a community: hear of its new threads")
	Following followCommunity(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new Following(conversations.followCommunity(me, id, true));
	}

	@DeleteMapping("/communities/{id}/follow")
	@Operation(summary = "Stop following a community's new threads")
	Following unfollowCommunity(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return new Following(conversations.followCommunity(me, id, false));
	}
}
