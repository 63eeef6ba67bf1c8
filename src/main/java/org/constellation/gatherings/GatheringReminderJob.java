package org.constellation.gatherings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.constellation.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * The minutely check for due reminders, on one app node at a time. Held at
 * least 50 seconds, so that a node started in the same minute as another skips
 * the check instead of running it a few seconds later; the claim in
 * {@link GatheringReminders} still stops a reminder from going out twice.
 */
@Component
class GatheringReminderJob implements ScheduledJob {

	static final String JOB = "gatherings.reminders";

	private final GatheringReminders reminders;

	GatheringReminderJob(GatheringReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	@SchedulerLock(name = JOB, lockAtLeastFor = "${constellation.gatherings.reminder-lock-at-least:50s}", lockAtMostFor = "10m")
	public void run() {
		reminders.sendDue();
	}
}
