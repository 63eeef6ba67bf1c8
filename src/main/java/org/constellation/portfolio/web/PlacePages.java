package org.constellation.portfolio.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.PlaceDraft;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	/**
	 * What a place picker suggests as someone types: at most 20 places whose name
	 * holds the text. The picker sends only its own field, under that field's name
	 * ({@code where}, {@code homePlaceIdWhere}, ...), so the one value sent is the
	 * text.
	 */
	@GetMapping("/suggestions")
	String suggestions(@RequestParam MultiValueMap<String, String> sent, Model model) {
		String text = sent.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).endsWith("where"))
				.flatMap(e -> e.getValue().stream()).findFirst().orElse("").strip();
		model.addAttribute("matches",
				text.length() < 2 || text.length() > 200 ? List.of() : portfolio.placesNamed(text, 20));
		return "fragments :: placeSuggestions";
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
	String change(@PathVariable long id, @Valid @ModelAttribute("form") PlaceDraft typed, BindingResult errors,
			@RequestParam(required = false) String parentIdWhere, Model model, RedirectAttributes redirect) {
		PlaceChoice parent = portfolio.choosePlace(typed.parentId(), parentIdWhere).refusedInto(errors, "parentId");
		model.addAttribute("parent", parent);
		PlaceDraft form = new PlaceDraft(typed.name(), typed.levelId(), parent.chosenId());
		return Forms.submit(errors, () -> portfolio.changePlace(id, form))
				.flash(redirect, new Flash("flash.place.saved")).redirectTo("/portfolio/places/" + id)
				.orShow(() -> editForm(portfolio.place(id), model));
	}

	private String editForm(Place place, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("levels", portfolio.levels());
		if (!model.containsAttribute("parent")) {
			model.addAttribute("parent", portfolio.choosePlace(place.getParentId(), null));
		}
		return "portfolio/place-form";
	}
}
