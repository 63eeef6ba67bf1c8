package org.constellation.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.Directory;
import org.constellation.people.People;
import org.constellation.people.PersonLeftException;
import org.constellation.people.Practitioner;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLine;
import org.constellation.people.ReportingLineService;
import org.constellation.people.ReportingRelation;
import org.constellation.portfolio.PlaceChoice;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.web.Flash;
import org.constellation.shared.web.Forms;
import org.constellation.shared.web.StaleEdit;
import org.constellation.shared.web.TimeZoneGroups;
import org.constellation.shared.web.TimeZoneInput;
import org.springframework.http.HttpStatus;
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

/**
 * A practitioner's own profile, others' profiles, and the reporting lines
 * between them.
 */
@Controller
class ProfilePages {

	private final People people;
	private final ProfileService profiles;
	private final Directory directory;
	private final ReportingLineService reportingLines;
	private final Portfolio portfolio;
	private final Validator validator;
	private final Clock clock;

	ProfilePages(People people, ProfileService profiles, Directory directory, ReportingLineService reportingLines,
			Portfolio portfolio, Validator validator, Clock clock) {
		this.people = people;
		this.profiles = profiles;
		this.directory = directory;
		this.reportingLines = reportingLines;
		this.portfolio = portfolio;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/profile")
	String myProfile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Practitioner practitioner = profiles.myProfile(me);
		model.addAttribute("section", "profile");
		model.addAttribute("lines", lineViews(me, reportingLines.reportingLines(me)));
		return show(practitioner, true, model);
	}

	@GetMapping("/practitioners/{id}")
	String profile(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model,
			HttpServletResponse response) {
		model.addAttribute("section", "directory");
		Practitioner practitioner;
		try {
			practitioner = profiles.practitioner(me, id);
		} catch (PersonLeftException left) {
			// a link to them may still be on a gathering or a piece of practice work
			response.setStatus(HttpStatus.GONE.value());
			return "people/left";
		}
		boolean mine = practitioner.getId().equals(me.practitionerId());
		if (mine) {
			// one's own profile shows one's reporting lines, as /profile does
			model.addAttribute("lines", lineViews(me, reportingLines.reportingLines(me)));
		} else {
			model.addAttribute("lineWithMe", reportingLines.reportingLines(me).stream()
					.filter(l -> l.otherSide(me.practitionerId()).equals(id)).findFirst().orElse(null));
		}
		return show(practitioner, mine, model);
	}

	private String show(Practitioner practitioner, boolean mine, Model model) {
		model.addAttribute("practitioner", practitioner);
		model.addAttribute("summary", directory.summaries(List.of(practitioner)).getFirst());
		model.addAttribute("mine", mine);
		return "people/profile";
	}

	record LineView(Long id, String otherName, Long otherId, boolean iSupervise, String status, boolean awaitsMe,
			boolean declaredByMe) {
	}

	private List<LineView> lineViews(AccountPrincipal me, List<ReportingLine> lines) {
		var names = people.practitionersById(lines.stream().map(l -> l.otherSide(me.practitionerId())).toList());
		return lines.stream().map(l -> {
			Long other = l.otherSide(me.practitionerId());
			return new LineView(l.getId(), names.get(other).getDisplayName(), other,
					l.getSupervisorId().equals(me.practitionerId()), l.getStatus().name(),
					l.awaitsAnswerFrom(me.practitionerId()), l.getDeclaredById().equals(me.practitionerId()));
		}).toList();
	}

	@GetMapping("/profile/edit")
	String edit(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("form", ProfileForm.of(ProfileDraft.of(profiles.myProfile(me))));
		return editForm(model);
	}

	@PostMapping("/profile")
	String save(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ProfileForm typed,
			BindingResult errors, @RequestParam(required = false) String homePlaceIdWhere, Model model,
			RedirectAttributes redirect) {
		PlaceChoice home = portfolio.choosePlace(typed.homePlaceId(), homePlaceIdWhere).refusedInto(errors,
				"homePlaceId");
		model.addAttribute("homePlace", home);
		ProfileForm form = typed.withHomePlaceId(home.chosenId());
		ProfileDraft draft = form.toDraft();
		for (ConstraintViolation<ProfileDraft> v : validator.validate(draft)) {
			String field = v.getPropertyPath().iterator().next().getName();
			String formField = switch (field) {
				case "availability" -> "windowDay";
				default -> field;
			};
			errors.rejectValue(formField, "invalid", v.getMessage());
		}
		return Forms.submit(errors, () -> profiles.updateProfile(me, draft))
				.flash(redirect, new Flash("flash.profile.saved")).redirectTo("/profile")
				.onStale(() -> StaleEdit.formAgain(model, errors,
						"Your profile was changed elsewhere meanwhile. Your edits are below: check them against the saved profile and save again.",
						"form",
						new ProfileForm(form.displayName(), form.stakeholderGroupIds(), form.affiliations(),
								form.homePlaceId(), form.practiceContext(), form.expertise(), form.concernIds(),
								form.languages(), form.timeZone(), form.windowDay(), form.windowStart(),
								form.windowEnd(), form.openToPartnership(), form.partnershipCapacity(),
								profiles.myProfile(me).getVersion())))
				.orShow(() -> editForm(model));
	}

	private String editForm(Model model) {
		model.addAttribute("section", "profile");
		model.addAttribute("groups", portfolio.activeStakeholderGroups());
		model.addAttribute("issues", portfolio.issues());
		var form = (ProfileForm) model.getAttribute("form");
		if (!model.containsAttribute("homePlace")) {
			model.addAttribute("homePlace", portfolio.choosePlace(form.homePlaceId(), null));
		}
		model.addAttribute("zoneGroups", TimeZoneGroups.of((String) model.getAttribute("zone"),
				form == null ? null : TimeZoneInput.id(form.timeZone()), clock.instant()));
		model.addAttribute("days", DayOfWeek.values());
		return "people/profile-form";
	}

	@PostMapping("/practitioners/{id}/reporting-line")
	String declare(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam ReportingRelation relation, RedirectAttributes redirect) {
		try {
			reportingLines.declareReportingLine(me, id, relation);
			redirect.addFlashAttribute("flash", new Flash("flash.line.declared"));
		} catch (org.constellation.shared.ConflictException | org.constellation.shared.InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/practitioners/" + id;
	}

	@PostMapping("/profile/reporting-lines/{id}")
	String answer(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestParam String answer,
			RedirectAttributes redirect) {
		switch (answer) {
			case "confirm" -> {
				try {
					reportingLines.answerReportingLine(me, id, true);
					redirect.addFlashAttribute("flash", new Flash("flash.line.confirmed"));
				} catch (org.constellation.shared.ConflictException partnersTogether) {
					// told to the one confirming only: where they are partners, and what to do
					redirect.addFlashAttribute("problem", partnersTogether.getMessage());
				}
			}
			case "dispute" -> {
				reportingLines.answerReportingLine(me, id, false);
				redirect.addFlashAttribute("flash", new Flash("flash.line.disputed"));
			}
			default -> {
				reportingLines.removeReportingLine(me, id);
				redirect.addFlashAttribute("flash", new Flash("flash.line.removed"));
			}
		}
		return "redirect:/profile";
	}

}
