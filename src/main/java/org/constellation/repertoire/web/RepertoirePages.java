package org.constellation.repertoire.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.constellation.communities.CommunityService;
import org.constellation.people.AccountPrincipal;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.Portfolio;
import org.constellation.repertoire.ArtifactDraft;
import org.constellation.repertoire.ArtifactKind;
import org.constellation.repertoire.ArtifactView;
import org.constellation.repertoire.GlossaryTermDraft;
import org.constellation.repertoire.GlossaryTermView;
import org.constellation.repertoire.RepertoireService;
import org.constellation.repertoire.RepertoireService.ArtifactQuery;
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

/** A community's shared repertoire and the glossary of its shared language. */
@Controller
class RepertoirePages {

	static final int PAGE_SIZE = 20;
	/** A glossary is read whole, letter by letter; this bounds one page of it. */
	static final int GLOSSARY_SIZE = 500;
	static final String STALE = "Someone changed this meanwhile. Your edits are below: check them against the saved "
			+ "version and save again.";

	/** Tags are typed as one line, separated by commas. */
	record ArtifactForm(ArtifactKind kind, String title, String body, String url, String tags, Set<Long> issueIds,
			Long version) {

		ArtifactForm {
			issueIds = issueIds == null ? Set.of() : issueIds;
		}

		ArtifactDraft toDraft() {
			return new ArtifactDraft(kind, title, body, url,
					tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).toList(),
					issueIds, version);
		}
	}

	record TermForm(String term, String meaning, String example, Long version) {
		GlossaryTermDraft toDraft() {
			return new GlossaryTermDraft(term, meaning, example, version);
		}
	}

	private final RepertoireService repertoire;
	private final CommunityService communities;
	private final Portfolio portfolio;
	private final Spaces spaces;

	RepertoirePages(RepertoireService repertoire, CommunityService communities, Portfolio portfolio, Spaces spaces) {
		this.repertoire = repertoire;
		this.communities = communities;
		this.portfolio = portfolio;
		this.spaces = spaces;
	}

	// The repertoire

	@GetMapping("/communities/{id}/repertoire")
	String list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ArtifactKind kind, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Long issueId, @RequestParam(defaultValue = "0") int page, Model model) {
		String chosenTag = tag == null || tag.isBlank() ? null : tag.strip();
		Page<ArtifactView> artifacts = repertoire.artifacts(me, id, new ArtifactQuery(kind, chosenTag, issueId),
				Paging.of(page, PAGE_SIZE).pageable());
		spaces.add(model, me, id, "repertoire");
		model.addAttribute("artifacts", artifacts);
		model.addAttribute("kind", kind);
		model.addAttribute("tag", chosenTag);
		model.addAttribute("issueId", issueId);
		model.addAttribute("kinds", ArtifactKind.values());
		model.addAttribute("tags", repertoire.tags(me, id));
		model.addAttribute("issues", portfolio.issues());
		model.addAttribute("filtered", kind != null || chosenTag != null || issueId != null);
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/communities/{id}/repertoire")
						.queryParamIfPresent("kind", Optional.ofNullable(kind))
						.queryParamIfPresent("tag", Optional.ofNullable(chosenTag))
						.queryParamIfPresent("issueId", Optional.ofNullable(issueId)).buildAndExpand(id).encode()
						.toUriString());
		return "communities/repertoire/artifacts";
	}

	@GetMapping("/communities/{id}/repertoire/new")
	String addForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) ArtifactKind kind, Model model) {
		model.addAttribute("form", new ArtifactForm(kind, "", "", "", "", Set.of(), null));
		return artifactForm(me, id, null, model);
	}

	@PostMapping("/communities/{id}/repertoire")
	String add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") ArtifactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> repertoire.addArtifact(me, id, form.toDraft()))
				.flash(redirect, artifact -> new Flash("repertoire.flash.artifact.added", artifact.title()))
				.redirectTo(artifact -> "/artifacts/" + artifact.id()).orShow(() -> artifactForm(me, id, null, model));
	}

	@GetMapping("/artifacts/{id}")
	String artifact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ArtifactView artifact = repertoire.artifact(me, id);
		model.addAttribute("artifact", artifact);
		spaces.add(model, me, artifact.communityId(), "repertoire");
		return "communities/repertoire/artifact";
	}

	@GetMapping("/artifacts/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		ArtifactView a = repertoire.artifact(me, id);
		model.addAttribute("form", new ArtifactForm(a.kind(), a.title(), a.body(), a.url() == null ? "" : a.url(),
				String.join(", ", a.tags()), Set.copyOf(a.issues().stream().map(i -> i.id()).toList()), a.version()));
		return artifactForm(me, a.communityId(), a, model);
	}

	@PostMapping("/artifacts/{id}")
	String change(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") ArtifactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		ArtifactView current = repertoire.artifact(me, id);
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> repertoire.changeArtifact(me, id, form.toDraft()))
				.flash(redirect, done -> new Flash("repertoire.flash.artifact.changed", form.title().strip()))
				.redirectTo("/artifacts/" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors, STALE, "form",
						new ArtifactForm(form.kind(), form.title(), form.body(), form.url(), form.tags(),
								form.issueIds(), current.version())))
				.orShow(() -> artifactForm(me, current.communityId(), current, model));
	}

	@PostMapping("/artifacts/{id}/remove")
	String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		ArtifactView artifact = repertoire.artifact(me, id);
		repertoire.removeArtifact(me, id);
		redirect.addFlashAttribute("flash", new Flash("repertoire.flash.artifact.removed", artifact.title()));
		return "redirect:/communities/" + artifact.communityId() + "/repertoire";
	}

	private String artifactForm(AccountPrincipal me, long communityId, ArtifactView artifact, Model model) {
		Spaces.Space space = spaces.add(model, me, communityId, "repertoire");
		if (artifact == null ? !space.canContribute() : !artifact.canChange()) {
			throw new ForbiddenException(artifact == null
					? "Join the community to add to its repertoire"
					: "Only the person who added this and the conveners can change it");
		}
		Set<Long> charter = communities.charterIssueIds(communityId);
		List<Issue> ours = new ArrayList<>();
		List<Issue> others = new ArrayList<>();
		for (Issue issue : portfolio.issues()) {
			(charter.contains(issue.getId()) ? ours : others).add(issue);
		}
		model.addAttribute("charterIssues", ours);
		model.addAttribute("otherIssues", others);
		model.addAttribute("kinds", ArtifactKind.values());
		model.addAttribute("artifact", artifact);
		return "communities/repertoire/artifact-form";
	}

	// The glossary

	@GetMapping("/communities/{id}/glossary")
	String glossary(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String q, Model model) {
		String text = q == null ? "" : q.strip();
		Page<GlossaryTermView> terms = repertoire.glossary(me, id, text, Paging.first(GLOSSARY_SIZE));
		spaces.add(model, me, id, "glossary");
		Map<String, List<GlossaryTermView>> byLetter = new LinkedHashMap<>();
		for (GlossaryTermView term : terms) {
			byLetter.computeIfAbsent(term.letter(), l -> new ArrayList<>()).add(term);
		}
		List<String> letters = new ArrayList<>();
		for (char c = 'A'; c <= 'Z'; c++) {
			letters.add(String.valueOf(c));
		}
		letters.add("#");
		model.addAttribute("q", text);
		model.addAttribute("byLetter", byLetter);
		model.addAttribute("letters", letters);
		model.addAttribute("total", terms.getTotalElements());
		return "communities/repertoire/glossary";
	}

	@GetMapping("/communities/{id}/glossary/new")
	String newTerm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String term, Model model) {
		model.addAttribute("form", new TermForm(term == null ? "" : term, "", "", null));
		return termPage(me, id, null, model);
	}

	@PostMapping("/communities/{id}/glossary")
	String addTerm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") TermForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> repertoire.addTerm(me, id, form.toDraft()))
				.flash(redirect, term -> new Flash("repertoire.flash.term.added", term.term()))
				.redirectTo(term -> "/communities/" + id + "/glossary#term-" + term.id())
				.orShow(() -> termPage(me, id, null, model));
	}

	@GetMapping("/glossary-terms/{id}/edit")
	String editTermForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		GlossaryTermView term = repertoire.term(me, id);
		model.addAttribute("form", new TermForm(term.term(), term.meaning(), term.example(), term.version()));
		return termPage(me, term.communityId(), term, model);
	}

	@PostMapping("/glossary-terms/{id}")
	String changeTerm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") TermForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		GlossaryTermView current = repertoire.term(me, id);
		spaces.validate(form.toDraft(), errors);
		return Forms.submit(errors, () -> repertoire.changeTerm(me, id, form.toDraft()))
				.flash(redirect, term -> new Flash("repertoire.flash.term.changed", term.term()))
				.redirectTo(term -> "/communities/" + term.communityId() + "/glossary#term-" + id)
				.onStale(() -> StaleEdit.formAgain(model, errors, STALE, "form",
						new TermForm(form.term(), form.meaning(), form.example(), current.version())))
				.orShow(() -> termPage(me, current.communityId(), current, model));
	}

	private String termPage(AccountPrincipal me, long communityId, GlossaryTermView term, Model model) {
		Spaces.Space space = spaces.add(model, me, communityId, "glossary");
		if (term == null ? !space.canContribute() : !term.canChange()) {
			throw new ForbiddenException(term == null
					? "Join the community to add to its glossary"
					: "Only the person who added this term and the conveners can change it");
		}
		model.addAttribute("term", term);
		return "communities/repertoire/term-form";
	}
}
