package org.constellation.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.partnerships.PartnershipAccess;
import org.constellation.partnerships.PartnershipRef;
import org.constellation.partnerships.PartnershipService;
import org.constellation.partnerships.PartnershipState;
import org.constellation.people.People;
import org.constellation.shared.web.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells partners, and nobody else, of their sessions: a reminder the day
 * before, and a gentle word once when two planned sessions in a row have passed
 * without being held. Each is claimed with a conditional update in the
 * transaction that queues the notices, so two app nodes never send twice.
 * Notices carry no word said inside the partnership: the time and a link.
 */
@Service
public class SessionReminders {

	private final Sessions sessions;
	private final PartnershipService partnerships;
	private final PartnershipAccess access;
	private final People people;
	private final Notifications notifications;
	private final Dates dates;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Duration lead;

	SessionReminders(Sessions sessions, PartnershipService partnerships, PartnershipAccess access, People people,
			Notifications notifications, Dates dates, PlatformTransactionManager transactions, Clock clock,
			@Value("${constellation.partnerships.reminder-lead:24h}") Duration lead) {
		this.sessions = sessions;
		this.partnerships = partnerships;
		this.access = access;
		this.people = people;
		this.notifications = notifications;
		this.dates = dates;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.lead = lead;
	}

	/** Reminds of sessions starting within the lead time; returns how many. */
	public int sendDue() {
		Instant now = clock.instant();
		List<Long> due = transaction.execute(
				status -> sessions.awaitingReminder(now, now.plus(lead)).stream().map(Session::getId).toList());
		int sent = 0;
		for (Long id : due) {
			if (Boolean.TRUE.equals(transaction.execute(status -> remind(id, now)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(long id, Instant now) {
		if (sessions.claimReminder(now, id) == 0) {
			return false;
		}
		Session s = sessions.findById(id).orElseThrow();
		PartnershipRef p = partnerships.ref(s.getPartnershipId()).orElseThrow();
		if (p.state() != PartnershipState.ACTIVE) {
			return true;
		}
		List<Long> recipients = access.partnerIds(p.id()).stream().filter(r -> access.isPartner(r, p.id())).toList();
		Map<Long, String> zones = zones(recipients);
		String link = "/partnerships/" + p.id() + "/sessions/" + s.getNumber();
		notifications.sendAll(recipients.stream()
				.map(r -> new Notice(r, Topic.PARTNERSHIP, "Reminder: partnership session",
						"Your partnership \u201c" + p.focus() + "\u201d meets "
								+ dates.format(s.getStartsAt(), zones.get(r)) + " for " + s.getDurationMinutes()
								+ " minutes.\n\nThe session's page, with its routine and your check-in:",
						link))
				.toList());
		return true;
	}

	/**
	 * Finds partnerships drifting and tells their partners once; returns how many.
	 */
	public int noticeDrift() {
		Instant now = clock.instant();
		List<Long> candidates = transaction.execute(status -> sessions.possiblyDrifting(now));
		int told = 0;
		for (Long id : candidates) {
			if (Boolean.TRUE.equals(transaction.execute(status -> tell(id, now)))) {
				told++;
			}
		}
		return told;
	}

	private boolean tell(long partnershipId, Instant now) {
		if (!Momentum.of(sessions.ofPartnership(partnershipId), now).drifting()) {
			return false;
		}
		if (sessions.claimDrift(now, partnershipId) == 0) {
			return false;
		}
		List<Long> recipients = access.partnerIds(partnershipId).stream()
				.filter(r -> access.isPartner(r, partnershipId)).toList();
		notifications.sendAll(recipients.stream().map(r -> new Notice(r, Topic.PARTNERSHIP,
				"Your partnership has missed a couple of sessions",
				"The last two sessions of your partnership passed without meeting. That happens; "
						+ "when you are ready, pick a time that suits you all or look at your cadence together.",
				"/partnerships/" + partnershipId + "/sessions")).toList());
		return true;
	}

	private Map<Long, String> zones(List<Long> ids) {
		Map<Long, String> zones = new java.util.HashMap<>();
		people.timeZones(ids).forEach((id, zone) -> zones.put(id, zone.getId()));
		ids.forEach(id -> zones.putIfAbsent(id, "UTC"));
		return zones;
	}
}
