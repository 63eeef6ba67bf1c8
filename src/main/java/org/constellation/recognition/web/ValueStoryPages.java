package org.constellation.recognition.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.communities.Standing;
import org.constellation.communities.Visibility;
import org.constellation.people.AccountPrincipal;
import org.constellation.recognition.StoryVisibility;
import org.constellation.recognition.ValueCycle;
import org.constellation.recognition.ValueStoryDraft;
import org.constellation.recognition.ValueStoryService;
import org.constellation.recognition.ValueStoryView;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A community's value page, and writing, reading and changing its stories. */
@Controller
class ValueStoryPages {

	/** The form: evidence links one per line. */
	record StoryForm(String title, String body, Set<ValueCycle> cycles, Set<Long> issueIds, String evidence,
			String evidenceLinks, StoryVisibility visibility, Long version) {

		ValueStoryDraft toDraft(Long communityId) {
			List<String> links = evidenceLinks == null ? List.of() : Arrays.asList(evidenceLinks.split("\\R"));
			return new ValueStoryDraft(communityId, title, body, cycles, issueIds, evidence, links, visibility,
					version);
		}

		static StoryForm of(ValueStoryView s) {
			return new StoryForm(s.title(), s.body(), s.cycles(),
					Set.copyOf(s.issues().stream().map(i -> i.id()).toList()), s.evidence(),
					String.join("\n", s.evidenceLinks()), s.visibility(), s.version());
		}

		public boolean has(ValueCycle cycle) {
			return cycles != null && cycles.contains(cycle);
		}

		public boolean hasIssue(Long id) {
			return issueIds != null && issueIds.contains(id);
		}
	}

	/** The community as these pages show it. */
	record Space(long id, String name, boolean membersOnly, boolean canRead, boolean canContribute, boolean readsAll) {
	}

	private final ValueStoryService stories;
	private final CommunityAccess access;
	private final CommunityService communities;

	ValueStoryPages(ValueStoryService stories, CommunityAccess access, CommunityService communities) {
		this.stories = stories;
		this.access = access;
		this.communities = communities;
	}

	private Space space(AccountPrincipal me, long communityId, Model model) {
		Standing standing = access.standing(me, communityId);
		Space space = new Space(communityId, communities.name(communityId), standing.visibility() == Visibility.MEMBERS,
				standing.canRead(), standing.canContribute(), me.seesPeople() && standing.canRead());
		model.addAttribute("community", space);
		model.addAttribute("section", "communities");
		model.addAttribute("cycles", ValueCycle.values());
		return space;
	}

	@GetMapping("/communities/{id}/value")
	String value(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		space(me, id, model);
		model.addAttribute("byCycle", stories.byCycle(me, id));
		return "recognition/value";
	}

	@GetMapping("/communities/{id}/value/new")
	String writeForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", new StoryForm("", "", Set.of(), Set.of(), "", "", StoryVisibility.COMMUNITY, null));
		return form(me, id, null, model);
	}

	@PostMapping("/communities/{id}/value")
	String write(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") StoryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> stories.write(me, form.toDraft(id)))
				.flash(redirect, story -> new Flash("recognition.flash.story.written", story.title()))
				.redirectTo("/communities/" + id + "/value").orShow(() -> form(me, id, null, model));
	}

	@GetMapping("/value-stories/{id}")
	String story(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ValueStoryView story = stories.story(me, id);
		space(me, story.communityId(), model);
		model.addAttribute("story", story);
		return "recognition/story";
	}

	@GetMapping("/value-stories/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ValueStoryView story = stories.story(me, id);
		model.addAttribute("form", StoryForm.of(story));
		return form(me, story.communityId(), story, model);
	}

	@PostMapping("/value-stories/{id}")
	String change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") StoryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		ValueStoryView current = stories.story(me, id);
		return Forms.submit(errors, () -> stories.change(me, id, form.toDraft(current.communityId())))
				.flash(redirect, story -> new Flash("recognition.flash.story.changed", story.title()))
				.redirectTo("/value-stories/" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Someone changed this story meanwhile. Your edits are below: check them "
								+ "against the story and save again.",
						"form",
						new StoryForm(form.title(), form.body(), form.cycles(), form.issueIds(), form.evidence(),
								form.evidenceLinks(), form.visibility(), current.version())))
				.orShow(() -> form(me, current.communityId(), current, model));
	}

	@PostMapping("/value-stories/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		ValueStoryView story = stories.story(me, id);
		stories.delete(me, id);
		redirect.addFlashAttribute("flash", new Flash("recognition.flash.story.deleted", story.title()));
		return "redirect:/communities/" + story.communityId() + "/value";
	}

	private String form(AccountPrincipal me, long communityId, ValueStoryView story, Model model) {
		Space space = space(me, communityId, model);
		if (story == null ? !space.canContribute() : !story.canChange()) {
			throw new ForbiddenException(story == null
					? "Join the community to write its value stories"
					: "Only the person who wrote a story can change it");
		}
		model.addAttribute("story", story);
		model.addAttribute("issues", stories.issuesOf(communityId));
		model.addAttribute("visibilities", StoryVisibility.values());
		return "recognition/story-form";
	}
}
