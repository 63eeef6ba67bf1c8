package org.constellation.portfolio.web;

import jakarta.validation.Valid;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.PlaceDraft;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tree of places, one branch at a time so that it stays light with
 * thousands of schools.
 */
@Controller
@RequestMapping("/portfolio/places")
class PlacePages {

	private final Portfolio portfolio;

	PlacePages(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@ModelAttribute("section")
	String section() {
		return "portfolio";
	}

	@GetMapping
	String roots(Model model) {
		model.addAttribute("roots", portfolio.rootPlaces());
		model.addAttribute("portfolio", portfolio);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlaceDraft("",
					portfolio.levels().isEmpty() ? null : portfolio.levels().getFirst().getId(), null));
		}
		model.addAttribute("levels", portfolio.levels());
		return "portfolio/places";
	}

	@GetMapping("/{id}")
	String place(@PathVariable long id, Model model) {
		Place place = portfolio.place(id);
		model.addAttribute("place", place);
		model.addAttribute("path", portfolio.pathTo(id));
		model.addAttribute("children", portfolio.childrenOf(id));
		var narrower = portfolio.levels().stream().filter(l -> place.getLevel().isBroaderThan(l)).toList();
		model.addAttribute("levels", narrower);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlaceDraft("", narrower.isEmpty() ? null : narrower.getFirst().getId(), id));
		}
		return "portfolio/place";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") PlaceDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.addPlace(form))
				.flash(redirect, place -> new Flash("flash.place.added", place.getName()))
				.redirectTo(form.parentId() == null ? "/portfolio/places" : "/portfolio/places/" + form.parentId())
				.orShow(() -> form.parentId() == null ? roots(model) : place(form.parentId(), model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Place place = portfolio.place(id);
		model.addAttribute("form", new PlaceDraft(place.getName(), place.getLevel().getId(), place.getParentId()));
		return editForm(place, model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") PlaceDraft form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> portfolio.changePlace(id, form))
				.flash(redirect, new Flash("flash.place.saved")).redirectTo("/portfolio/places/" + id)
				.orShow(() -> editForm(portfolio.place(id), model));
	}

	private String editForm(Place place, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("levels", portfolio.levels());
		model.addAttribute("parents",
				portfolio.allPlaces().stream().filter(p -> !p.getId().equals(place.getId())).toList());
		return "portfolio/place-form";
	}
}
