package org.constellation.shared;

import org.springframework.modulith.NamedInterface;

/**
 * Background work that changes what is stored (mails, reminders, planned
 * sessions). Each implementation locks its {@link #run()} with
 * {@code @SchedulerLock} under {@link #name()}, so that when several app nodes
 * share one database the job runs on one of them at a time and the others skip
 * it.
 */
@NamedInterface(name = "api", propagate = false)
public interface ScheduledJob {

	/** The lock's name: one row in the {@code shedlock} table. */
	String name();

	/** Does the work, or nothing when another node holds the lock. */
	void run();
}
