package org.constellation.sessions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.constellation.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * The check of sessions every five minutes, on one app node at a time: fill
 * each active partnership's horizon, send reminders, notice drift. Held at
 * least four minutes, so that a node started shortly after another skips the
 * round; each step's own claims still stop anything being sent or planned
 * twice.
 */
@Component
class SessionJob implements ScheduledJob {

	/**
	 * The lock's row in {@code shedlock}, named as it was before sessions left
	 * partnerships.
	 */
	static final String JOB = "partnerships.sessions";

	private final SessionPlanner planner;
	private final SessionReminders reminders;

	SessionJob(SessionPlanner planner, SessionReminders reminders) {
		this.planner = planner;
		this.reminders = reminders;
	}

	@Override
	public String name() {
		return JOB;
	}

	@Override
	@SchedulerLock(name = JOB, lockAtLeastFor = "${constellation.partnerships.session-lock-at-least:4m}", lockAtMostFor = "30m")
	public void run() {
		planner.fillAll();
		reminders.sendDue();
		reminders.noticeDrift();
	}
}
