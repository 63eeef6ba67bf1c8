package org.constellation.sessions;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The scheduled checks of sessions: fill each active partnership's horizon,
 * send reminders and notice drift, every
 * {@code constellation.partnerships.session-check} (5 minutes unless set).
 * {@code constellation.partnerships.sessions-scheduled=false} leaves them to
 * whoever calls them (tests). The check goes through {@link SessionJob}, whose
 * lock lets one app node run it at a time. The properties keep the names they
 * had when sessions were part of partnerships.
 */
@Configuration(proxyBeanMethods = false)
class SessionsConfiguration {

	@Bean
	@ConditionalOnProperty(name = "constellation.partnerships.sessions-scheduled", havingValue = "true", matchIfMissing = true)
	SchedulingConfigurer sessionSchedule(SessionJob job,
			@Value("${constellation.partnerships.session-check:5m}") Duration every) {
		return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::run, every, Duration.ofSeconds(30)));
	}
}
