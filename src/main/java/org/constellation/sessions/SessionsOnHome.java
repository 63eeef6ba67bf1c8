package org.constellation.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipState;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.constellation.people.People;
import org.springframework.stereotype.Component;

/**
 * On a partner's home page: the next session of their active partnerships
 * (when, in their own zone, and this time's roles), first of all when it is
 * under way or about to start, and a gentle word for a partnership that drifts.
 * Five statements: the person's partnerships (two), every session of the active
 * ones, the partners of the one that meets next and their names.
 */
@Component
class SessionsOnHome implements HomeSection {

	/** A session starting this soon is shown first, as something to join now. */
	static final Duration SOON = Duration.ofMinutes(30);

	private final PartnershipAccess access;
	private final Sessions sessions;
	private final People people;
	private final Clock clock;

	SessionsOnHome(PartnershipAccess access, Sessions sessions, People people, Clock clock) {
		this.access = access;
		this.sessions = sessions;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		Map<Long, PartnershipRef> active = access.partnershipsOf(viewer.practitionerId(), PartnershipState.ACTIVE)
				.stream().collect(Collectors.toMap(PartnershipRef::id, p -> p, (a, b) -> a, LinkedHashMap::new));
		if (active.isEmpty()) {
			return Contribution.NOTHING;
		}
		Instant now = clock.instant();
		List<Session> all = sessions.ofPartnerships(active.keySet());
		List<HomeItem> items = new ArrayList<>();
		all.stream().filter(s -> s.isRunning() || s.getStatus() == SessionStatus.PLANNED && s.endsAt().isAfter(now))
				.min(Comparator.comparing(Session::getStartsAt))
				.ifPresent(next -> items.add(next(viewer, next, active.get(next.getPartnershipId()), now)));
		Map<Long, List<Session>> byPartnership = all.stream().collect(Collectors.groupingBy(Session::getPartnershipId));
		active.values().forEach(p -> {
			if (Momentum.of(byPartnership.getOrDefault(p.id(), List.of()), now).drifting()) {
				items.add(HomeItem
						.of(Kind.NOTE, 10, HomeItem.text("home.drift", p.focus()),
								"/partnerships/" + p.id() + "/sessions", HomeItem.text("home.drift.action"))
						.withDetail(HomeItem.text("home.drift.text")));
			}
		});
		return Contribution.of(items);
	}

	private HomeItem next(HomeViewer viewer, Session next, PartnershipRef partnership, Instant now) {
		List<Long> partners = access.partnerIds(partnership.id());
		SessionRoles roles = SessionRoles.of(next.getNumber(), partners);
		Map<Long, String> names = people.displayNames(partners);
		Object host = name(roles.host(), viewer, names);
		Object timekeeper = name(roles.timekeeper(), viewer, names);
		Object noteKeeper = name(roles.noteKeeper(), viewer, names);
		String link = "/partnerships/" + partnership.id() + "/sessions/" + next.getNumber();
		boolean atHand = next.isRunning() || next.getStartsAt().isBefore(now.plus(SOON));
		HomeItem item = atHand
				? HomeItem.of(Kind.NOW, 5,
						HomeItem.text(next.isRunning() ? "home.session.running" : "home.session.soon",
								partnership.focus()),
						link, HomeItem.text("home.session.join"))
				: HomeItem.of(Kind.NEXT, 10, HomeItem.text("home.session.next", partnership.focus()), link,
						HomeItem.text("home.session.open"));
		return item.at(next.getStartsAt()).withDetail(HomeItem.text("sessions.roles", host, timekeeper, noteKeeper));
	}

	/** A partner's name, or "you" for the reader. */
	private static Object name(Long practitionerId, HomeViewer viewer, Map<Long, String> names) {
		if (practitionerId == null) {
			return "";
		}
		return practitionerId.equals(viewer.practitionerId())
				? HomeItem.message("home.you")
				: names.getOrDefault(practitionerId, "");
	}
}
