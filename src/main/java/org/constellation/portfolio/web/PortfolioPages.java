package org.constellation.portfolio.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.portfolio.Issue;
import org.constellation.portfolio.IssueDraft;
import org.constellation.portfolio.IssueStatus;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portfolio of issues: browse for everyone signed in, edit for stewards.
 */
@Controller
@RequestMapping("/portfolio")
class PortfolioPages {

	private final Portfolio portfolio;

	PortfolioPages(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@ModelAttribute("section")
	String section() {
		return "portfolio";
	}

	@GetMapping
	String issues(@RequestParam(required = false) IssueStatus status, @RequestParam(required = false) Long level,
			Model model) {
		List<Issue> all = portfolio.issues();
		List<Issue> matching = all.stream().filter(i -> status == null || i.getStatus() == status)
				.filter(i -> level == null || i.getLevels().stream().anyMatch(l -> l.getId().equals(level))).toList();
		// sub-issues are shown under their broader issue when both match, on their own
		// otherwise
		var matchingIds = matching.stream().map(Issue::getId).collect(Collectors.toSet());
		List<Issue> top = matching.stream()
				.filter(i -> i.getParentId() == null || !matchingIds.contains(i.getParentId())).toList();
		Map<Long, List<Issue>> subIssues = matching.stream().filter(i -> i.getParentId() != null)
				.collect(Collectors.groupingBy(Issue::getParentId));
		model.addAttribute("issues", top);
		model.addAttribute("subIssues", subIssues);
		model.addAttribute("matchingCount", matching.size());
		model.addAttribute("levels", portfolio.levels());
		model.addAttribute("statuses", IssueStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("level", level);
		return "portfolio/issues";
	}

	@GetMapping("/issues/{id}")
	String issue(@PathVariable long id, Model model) {
		Issue issue = portfolio.issue(id);
		model.addAttribute("issue", issue);
		model.addAttribute("subIssues", portfolio.subIssues(id));
		return "portfolio/issue";
	}

	@GetMapping("/issues/new")
	String newIssue(@RequestParam(required = false) Long parentId, Model model) {
		model.addAttribute("form", new IssueDraft("", "", IssueStatus.EMERGING, parentId, null));
		return issueForm(null, model);
	}

	@PostMapping("/issues")
	String addIssue(@Valid @ModelAttribute("form") IssueDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.addIssue(form))
				.flash(redirect, issue -> new Flash("flash.issue.added", issue.getName()))
				.redirectTo(issue -> "/portfolio/issues/" + issue.getId()).orShow(() -> issueForm(null, model));
	}

	@GetMapping("/issues/{id}/edit")
	String editIssue(@PathVariable long id, Model model) {
		model.addAttribute("form", IssueDraft.of(portfolio.issue(id)));
		return issueForm(portfolio.issue(id), model);
	}

	@PostMapping("/issues/{id}")
	String changeIssue(@PathVariable long id, @Valid @ModelAttribute("form") IssueDraft form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.changeIssue(id, form))
				.flash(redirect, new Flash("flash.issue.saved")).redirectTo("/portfolio/issues/" + id)
				.orShow(() -> issueForm(portfolio.issue(id), model));
	}

	private String issueForm(Issue issue, Model model) {
		model.addAttribute("issue", issue);
		model.addAttribute("levels", portfolio.levels());
		model.addAttribute("statuses", Arrays.asList(IssueStatus.values()));
		model.addAttribute("parents",
				portfolio.issues().stream().filter(i -> issue == null || !i.getId().equals(issue.getId())).toList());
		return "portfolio/issue-form";
	}
}
