package org.constellation.formation.web;

import org.constellation.formation.TableRecommendations;
import org.constellation.formation.TableView;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Who is missing from the table": a community's gaps and who could fill them.
 */
@Controller
class TablePages {

	private final TableRecommendations table;

	TablePages(TableRecommendations table) {
		this.table = table;
	}

	@GetMapping("/communities/{id}/table")
	String table(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		TableView view = table.table(me, id, Paging.of(page, TableRecommendations.PAGE_SIZE).pageable());
		model.addAttribute("section", "communities");
		model.addAttribute("table", view);
		model.addAttribute("page", view.recommendations());
		model.addAttribute("baseUrl", "/communities/" + id + "/table");
		return "formation/table";
	}

	/** Back to the same page of the list, which no longer shows the invitee. */
	@PostMapping("/communities/{id}/table/{practitionerId}/invitation")
	String invite(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long practitionerId, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		String name = table.invite(me, id, practitionerId);
		redirect.addFlashAttribute("flash", new Flash("flash.table.invited", name));
		return "redirect:" + Paging.link("/communities/" + id + "/table", page);
	}
}
