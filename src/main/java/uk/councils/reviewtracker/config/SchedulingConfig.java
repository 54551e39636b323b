package uk.councils.reviewtracker.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (reminder digests) register their own triggers; see the reminders package. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
