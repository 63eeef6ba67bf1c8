package org.constellation.people;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constellation.shared.ForbiddenException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who people are, for every other module: names to show, addresses to write to,
 * the zone each reads times in, and whether someone takes part as a
 * practitioner (the one check behind every way into a community, a conversation
 * or a partnership). Almost every module asks these, so they stay together
 * here; what people do with their accounts, profiles, reporting lines and lists
 * has a service of its own.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class People {

	/**
	 * Ids per IN list of the pair queries, well inside the number of parameters
	 * PostgreSQL's driver and H2 accept in one statement.
	 */
	static final int IDS_PER_QUERY = 1_000;

	private final Practitioners practitioners;

	People(Practitioners practitioners) {
		this.practitioners = practitioners;
	}

	/**
	 * The practitioners among these ids: people who take part. A sponsor-only
	 * account (or a deleted one) is left out, so every pick list and every way into
	 * a partnership or a formation run that goes through here refuses it. One query
	 * per {@value #IDS_PER_QUERY} ids.
	 */
	public Map<Long, Practitioner> practitionersById(Collection<Long> ids) {
		List<Long> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, Practitioner> found = new java.util.HashMap<>();
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			practitioners.withRoleAmong(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)), Role.MEMBER)
					.forEach(p -> found.put(p.getId(), p));
		}
		return found;
	}

	/**
	 * Whether this profile belongs to someone who takes part as a practitioner:
	 * their account holds the member role now (read from the database, so a role a
	 * steward just changed counts at once).
	 */
	public boolean isPractitioner(Long practitionerId) {
		return practitionerId != null && practitioners.hasRole(practitionerId, Role.MEMBER);
	}

	/**
	 * The signed-in person's practitioner id, or 403 for an account that does not
	 * take part as a practitioner (a sponsor alone): the one check behind
	 * proposing, accepting, asking to join, answering inside a partnership and
	 * following a community or a conversation.
	 */
	public long requirePractitioner(AccountPrincipal viewer) {
		if (viewer == null || !isPractitioner(viewer.practitionerId())) {
			throw new ForbiddenException(
					"Only practitioners take part: a sponsor's account sees aggregate views and does not join partnerships or conversations");
		}
		return viewer.practitionerId();
	}

	/** Names to show, without loading whole profiles. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			practitioners.names(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	/**
	 * Names to show beside what people wrote: someone who deleted their account is
	 * left out (no entry), to be shown as "a former member" with no link.
	 */
	public Map<Long, String> authorNames(Collection<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			practitioners.namesOfCurrentMembers(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	/** Where to write to each practitioner, for the notifications module. */
	public Map<Long, String> emails(Collection<Long> practitionerIds) {
		Map<Long, String> emails = new java.util.HashMap<>();
		if (!practitionerIds.isEmpty()) {
			practitioners.emails(practitionerIds).forEach(r -> emails.put(r.id(), r.name()));
		}
		return emails;
	}

	/**
	 * The zone a practitioner reads times in; UTC for someone without a profile.
	 */
	public String timeZoneOf(Long practitionerId) {
		return practitionerId == null ? "UTC" : practitioners.timeZoneOf(practitionerId).orElse("UTC");
	}

	/**
	 * Each practitioner's own time zone, for the notifications module to time mail
	 * to their morning and write dates in their zone.
	 */
	public Map<Long, ZoneId> timeZones(Collection<Long> practitionerIds) {
		Map<Long, ZoneId> zones = new java.util.HashMap<>();
		practitioners.findAllById(practitionerIds).forEach(p -> zones.put(p.getId(),
				p.getTimeZone() == null || p.getTimeZone().isBlank() ? ZoneOffset.UTC : ZoneId.of(p.getTimeZone())));
		return zones;
	}

	/** An email address as accounts keep it: trimmed, in lower case. */
	public static String normalizedEmail(String email) {
		return Account.normalize(email);
	}

	public Optional<Long> practitionerIdByEmail(String email) {
		return email == null ? Optional.empty() : practitioners.idOfEmail(Account.normalize(email));
	}
}
