package org.constellation.gatherings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.constellation.communities.CommunityAccess;
import org.constellation.communities.CommunityService;
import org.constellation.notifications.Notice;
import org.constellation.notifications.Notifications;
import org.constellation.notifications.Topic;
import org.constellation.people.People;
import org.constellation.people.Practitioner;
import org.constellation.shared.web.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a reminder to everyone who said yes or maybe, once per gathering,
 * within the lead time before it starts. Each gathering is claimed with a
 * conditional update in the transaction that queues its mail, so two app nodes
 * (or two runs at once) never remind anyone twice.
 */
@Service
public class GatheringReminders {

	private final Gatherings gatherings;
	private final Rsvps rsvps;
	private final CommunityAccess access;
	private final CommunityService communities;
	private final People people;
	private final Notifications notifications;
	private final GatheringService service;
	private final Dates dates;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Duration lead;

	GatheringReminders(Gatherings gatherings, Rsvps rsvps, CommunityAccess access, CommunityService communities,
			People people, Notifications notifications, GatheringService service, Dates dates,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${constellation.gatherings.reminder-lead:24h}") Duration lead) {
		this.gatherings = gatherings;
		this.rsvps = rsvps;
		this.access = access;
		this.communities = communities;
		this.people = people;
		this.notifications = notifications;
		this.service = service;
		this.dates = dates;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.lead = lead;
	}

	/** Sends what is due now; returns how many gatherings this run reminded. */
	public int sendDue() {
		Instant now = clock.instant();
		List<Long> due = transaction.execute(
				status -> gatherings.awaitingReminder(now, now.plus(lead)).stream().map(Gathering::getId).toList());
		int sent = 0;
		for (Long id : due) {
			Boolean claimed = transaction.execute(status -> remind(id, now));
			if (Boolean.TRUE.equals(claimed)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(long id, Instant now) {
		if (gatherings.claimReminder(now, id) == 0) {
			return false;
		}
		Gathering g = service.gathering(id);
		if (g.isCancelled()) {
			return true;
		}
		String community = communities.name(g.getCommunityId());
		List<Long> recipients = rsvps.attendingIds(id).stream().filter(p -> access.canRead(p, g.getCommunityId()))
				.toList();
		Map<Long, Practitioner> profiles = people.practitionersById(recipients);
		notifications
				.sendAll(recipients.stream().filter(profiles::containsKey)
						.map(p -> new Notice(p, Topic.GATHERING_REMINDER, "Reminder: " + g.getTitle(),
								text(g, community, profiles.get(p).getTimeZone()), "/gatherings/" + g.getId()))
						.toList());
		return true;
	}

	private String text(Gathering g, String community, String zone) {
		StringBuilder text = new StringBuilder();
		text.append("\u201c").append(g.getTitle()).append("\u201d, a gathering of ").append(community)
				.append(", starts ").append(dates.format(g.getStartsAt(), zone)).append(" and lasts ")
				.append(g.getDurationMinutes()).append(" minutes.");
		if (!g.getPlace().isBlank()) {
			text.append("\n\nWhere: ").append(g.getPlace());
		}
		if (!g.getOnlineLink().isBlank()) {
			text.append("\n\nJoin online: ").append(g.getOnlineLink());
		}
		text.append("\n\nYou said you would come. If that has changed, you can update your answer on its page:");
		return text.toString();
	}
}
