package org.constellation.conversations.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import org.constellation.conversations.ConversationService;
import org.constellation.conversations.ReplyKind;
import org.constellation.conversations.ReplyView;
import org.constellation.conversations.Space;
import org.constellation.conversations.ThreadKind;
import org.constellation.conversations.ThreadView;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.Paging;
import org.constellation.shared.web.StaleEdit;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A community's conversations: the list, starting one, a thread with its
 * replies, editing one's own words. Every form posts, then redirects to a page
 * that says what happened.
 */
@Controller
class ConversationPages {

	static final int THREADS_PER_PAGE = 20;

	private final ConversationService conversations;
	private final Validator validator;

	ConversationPages(ConversationService conversations, Validator validator) {
		this.conversations = conversations;
		this.validator = validator;
	}

	// The list

	@GetMapping("/communities/{id}/threads")
	String threads(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ThreadKind kind, @RequestParam(defaultValue = "0") int page, Model model) {
		Space space = conversations.space(me, id);
		model.addAttribute("space", space);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ThreadKind.values());
		model.addAttribute("page", conversations.threads(me, id, kind, Paging.of(page, THREADS_PER_PAGE).pageable()));
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/communities/{id}/threads")
				.queryParamIfPresent("kind", Optional.ofNullable(kind)).buildAndExpand(id).encode().toUriString());
		return "conversations/threads";
	}

	@PostMapping("/communities/{id}/follow")
	String followCommunity(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam boolean follow, RedirectAttributes redirect) {
		conversations.followCommunity(me, id, follow);
		redirect.addFlashAttribute("flash", new Flash(
				follow ? "conversations.flash.community.followed" : "conversations.flash.community.unfollowed"));
		return "redirect:/communities/" + id + "/threads";
	}

	// Starting one

	@GetMapping("/communities/{id}/threads/new")
	String newThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ThreadKind kind, Model model) {
		model.addAttribute("form", ThreadForm.blank(kind));
		return threadForm(me, id, model);
	}

	@PostMapping("/communities/{id}/threads")
	String start(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") ThreadForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		check(form.toDraft(), errors);
		return Forms.submit(errors, () -> conversations.start(me, id, form.toDraft()))
				.flash(redirect, new Flash("conversations.flash.thread.started"))
				.redirectTo(thread -> "/threads/" + thread.id()).orShow(() -> threadForm(me, id, model));
	}

	private String threadForm(AccountPrincipal me, long communityId, Model model) {
		Space space = conversations.space(me, communityId);
		if (!space.canStart()) {
			throw new ForbiddenException("Join the community to take part in it");
		}
		model.addAttribute("space", space);
		model.addAttribute("kinds", ThreadKind.values());
		model.addAttribute("action", "/communities/" + communityId + "/threads");
		model.addAttribute("editing", false);
		return "conversations/thread-form";
	}

	// A thread

	@GetMapping("/threads/{id}")
	String thread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("replyForm", ReplyForm.blank());
		return threadPage(me, id, page, model);
	}

	private String threadPage(AccountPrincipal me, long id, int page, Model model) {
		ThreadView thread = conversations.thread(me, id);
		Page<ReplyView> replies = conversations.replies(me, id,
				Paging.of(page, ConversationService.REPLIES_PER_PAGE).pageable());
		model.addAttribute("thread", thread);
		model.addAttribute("replies", replies);
		model.addAttribute("replyKinds", ReplyKind.values());
		model.addAttribute("baseUrl", "/threads/" + id);
		return "conversations/thread";
	}

	@PostMapping("/threads/{id}/replies")
	String reply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		check(form.toDraft(), errors);
		if (!errors.hasErrors() && form.asksToRephrase()) {
			// before posting, the writer chooses: rephrase, or post it as it is
			model.addAttribute("butChoice", true);
			return threadPage(me, id, lastPage(me, id), model);
		}
		return Forms.submit(errors, () -> conversations.reply(me, id, form.toDraft()))
				.flash(redirect,
						posted -> new Flash(posted.suggestion() == null
								? "conversations.flash.reply.posted"
								: "conversations.flash.reply.posted.but"))
				.redirectTo(posted -> Paging.link("/threads/" + id, posted.page()) + "#reply-" + posted.reply().id())
				.orShow(() -> threadPage(me, id, lastPage(me, id), model));
	}

	/**
	 * The page a new reply will be on: the form is shown under the last replies.
	 */
	private int lastPage(AccountPrincipal me, long id) {
		return Math.max(0, (conversations.thread(me, id).replyCount() - 1) / ConversationService.REPLIES_PER_PAGE);
	}

	@PostMapping("/threads/{id}/follow")
	String followThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam boolean follow, RedirectAttributes redirect) {
		conversations.followThread(me, id, follow);
		redirect.addFlashAttribute("flash",
				new Flash(follow ? "conversations.flash.thread.followed" : "conversations.flash.thread.unfollowed"));
		return "redirect:/threads/" + id;
	}

	@PostMapping("/replies/{id}/helped")
	String helped(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam boolean helped,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		ReplyView reply = conversations.markHelped(me, id, helped);
		redirect.addFlashAttribute("flash",
				new Flash(helped ? "conversations.flash.reply.helped" : "conversations.flash.reply.unhelped"));
		return "redirect:" + Paging.link("/threads/" + reply.threadId(), page) + "#reply-" + id;
	}

	// Editing one's own words

	@GetMapping("/threads/{id}/edit")
	String editThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ThreadView thread = conversations.thread(me, id);
		requireMine(thread.mine());
		model.addAttribute("form", ThreadForm.of(thread));
		return editThreadForm(me, thread, model);
	}

	@PostMapping("/threads/{id}/edit")
	String saveThread(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") ThreadForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		check(form.toDraft(), errors);
		return Forms.submit(errors, () -> conversations.edit(me, id, form.toDraft()))
				.flash(redirect, new Flash("conversations.flash.thread.saved")).redirectTo("/threads/" + id)
				.onStale(() -> StaleEdit.formAgain(model, "conversations.thread.stale", "form",
						form.withVersion(conversations.thread(me, id).version())))
				.orShow(() -> editThreadForm(me, conversations.thread(me, id), model));
	}

	private String editThreadForm(AccountPrincipal me, ThreadView thread, Model model) {
		model.addAttribute("space", conversations.space(me, thread.communityId()));
		model.addAttribute("kinds", ThreadKind.values());
		model.addAttribute("action", "/threads/" + thread.id() + "/edit");
		model.addAttribute("editing", true);
		model.addAttribute("thread", thread);
		return "conversations/thread-form";
	}

	@GetMapping("/replies/{id}/edit")
	String editReply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ReplyView reply = conversations.reply(me, id);
		requireMine(reply.mine());
		model.addAttribute("replyForm", ReplyForm.of(reply));
		return editReplyForm(me, reply, model);
	}

	@PostMapping("/replies/{id}/edit")
	String saveReply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("replyForm") ReplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		check(form.toDraft(), errors);
		return Forms.submit(errors, () -> conversations.editReply(me, id, form.toDraft()))
				.flash(redirect, new Flash("conversations.flash.reply.saved"))
				.redirectTo(saved -> "/threads/" + saved.threadId() + "#reply-" + id)
				.onStale(() -> StaleEdit.formAgain(model, "conversations.reply.stale", "replyForm",
						form.withVersion(conversations.reply(me, id).version())))
				.orShow(() -> editReplyForm(me, conversations.reply(me, id), model));
	}

	private String editReplyForm(AccountPrincipal me, ReplyView reply, Model model) {
		model.addAttribute("reply", reply);
		model.addAttribute("thread", conversations.thread(me, reply.threadId()));
		model.addAttribute("replyKinds", ReplyKind.values());
		return "conversations/reply-form";
	}

	// Helpers

	private <T> void check(T draft, BindingResult errors) {
		for (ConstraintViolation<T> v : validator.validate(draft)) {
			String field = v.getPropertyPath().toString();
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", v.getMessage());
			}
		}
	}

	/**
	 * What was typed comes back with the version now saved, so saving again after
	 * checking goes through; the errors are bound to that new form.
	 */

	private static void requireMine(boolean mine) {
		if (!mine) {
			throw new ForbiddenException("Only its author can edit this");
		}
	}
}
