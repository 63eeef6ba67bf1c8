package org.constellation.people.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeProfile;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLineService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page answers "what is next for me?". Signed out, it says what
 * Constellation is. Signed in, it gathers what each module has for the person
 * ({@link HomeSection}): what waits for their answer first, then what is coming
 * up, a gentle word where a partnership drifts; for someone who takes part in
 * nothing yet, where to begin; for a sponsor, the constellation's figures; for
 * a steward, what needs attention.
 */
@Controller
class HomePage {

	private final ProfileService profiles;
	private final ReportingLineService reportingLines;
	private final List<HomeSection> sections;

	HomePage(ProfileService profiles, ReportingLineService reportingLines, List<HomeSection> sections) {
		this.profiles = profiles;
		this.reportingLines = reportingLines;
		this.sections = sections;
	}

	/**
	 * One read-only transaction for the whole page: its items come from seven
	 * modules, and a transaction each would cost a connection and round trips more
	 * for every one.
	 */
	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("section", "home");
		if (me == null || me.practitionerId() == null) {
			return "home";
		}
		HomeProfile profile = profiles.homeProfile(me);
		HomeViewer viewer = new HomeViewer(me, (String) model.getAttribute("zone"), profile.concernIds());
		List<HomeItem> items = new ArrayList<>();
		boolean takesPart = false;
		for (HomeSection section : sections) {
			HomeSection.Contribution contribution = section.contribute(viewer);
			items.addAll(contribution.items());
			takesPart |= contribution.takesPart();
		}
		boolean newcomer = viewer.isPractitioner() && !takesPart;
		items.addAll(ownItems(viewer, profile, newcomer));
		if (newcomer) {
			sections.forEach(s -> items.addAll(s.forNewcomer(viewer)));
		}
		items.sort(HomeItem.ORDER);
		Map<Kind, List<HomeItem>> byKind = new EnumMap<>(Kind.class);
		items.forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
		// each part of the page under its own name; a part with nothing in it is null
		byKind.forEach((kind, part) -> model.addAttribute(kind.name().toLowerCase(java.util.Locale.ROOT), part));
		model.addAttribute("name", profile.displayName());
		model.addAttribute("lead", lead(viewer, newcomer, byKind.containsKey(Kind.START)));
		model.addAttribute("practitioner", viewer.isPractitioner());
		model.addAttribute("sponsor", viewer.isSponsor());
		model.addAttribute("steward", viewer.isSteward());
		model.addAttribute("newcomer", newcomer);
		model.addAttribute("profileComplete", profile.missing().isEmpty());
		model.addAttribute("missing", missing(profile));
		model.addAttribute("hasConcerns", !profile.concernIds().isEmpty());
		return "home";
	}

	private static String lead(HomeViewer viewer, boolean newcomer, boolean matches) {
		if (newcomer) {
			return matches ? "home.lead.newcomer.matches" : "home.lead.newcomer";
		}
		if (viewer.isPractitioner()) {
			return viewer.isSteward() ? "home.lead.memberSteward" : "home.lead.member";
		}
		if (viewer.isSponsor()) {
			return "home.lead.sponsor";
		}
		return viewer.isSteward() ? "home.lead.steward" : "home.lead.member";
	}

	/**
	 * What the people module itself waits for: reporting lines to answer and, for
	 * someone who takes part already, the parts of their profile still missing
	 * (someone new is shown them as the first step instead).
	 */
	private List<HomeItem> ownItems(HomeViewer viewer, HomeProfile profile, boolean newcomer) {
		if (!viewer.isPractitioner()) {
			return List.of();
		}
		List<HomeItem> own = new ArrayList<>();
		long lines = reportingLines.awaitingAnswer(viewer.principal());
		if (lines > 0) {
			own.add(HomeItem.of(Kind.NOW, 50, HomeItem.text("home.linesToAnswer", lines), "/profile",
					HomeItem.text("home.linesToAnswer.action", lines)));
		}
		if (!profile.missing().isEmpty() && !newcomer) {
			own.add(HomeItem.of(Kind.NOW, 60, HomeItem.text("home.completeProfile"), "/profile/edit",
					HomeItem.text("home.completeProfile.action")).withDetail(missing(profile)));
		}
		return own;
	}

	/** "Still missing: where you work and when you can meet", or null. */
	private static HomeItem.Text missing(HomeProfile profile) {
		List<String> parts = profile.missing();
		if (parts.isEmpty()) {
			return null;
		}
		return HomeItem.text("home.missing.list." + parts.size(), parts.stream().map(HomeItem::message).toArray());
	}
}
