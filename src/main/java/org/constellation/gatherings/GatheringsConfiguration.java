package org.constellation.gatherings;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * Checks for due reminders every
 * {@code constellation.gatherings.reminder-check} (60s unless set).
 * {@code constellation.gatherings.reminders-scheduled=false} leaves the check
 * to whoever calls {@link GatheringReminders#sendDue()}. The check goes through
 * {@link GatheringReminderJob}, whose lock lets one app node run it at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GatheringsConfiguration {

	@Bean
	@ConditionalOnProperty(name = "constellation.gatherings.reminders-scheduled", havingValue = "true", matchIfMissing = true)
	SchedulingConfigurer reminderSchedule(GatheringReminderJob job,
			@Value("${constellation.gatherings.reminder-check:60s}") Duration every) {
		return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::run, every, every));
	}
}
