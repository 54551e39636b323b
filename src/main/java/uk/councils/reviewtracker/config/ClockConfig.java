package uk.councils.reviewtracker.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.councils.reviewtracker.common.UkTime;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** UK local time: target dates and "overdue" are judged as a council officer would read them. */
    @Bean
    Clock clock() {
        return Clock.system(UkTime.ZONE);
    }
}
