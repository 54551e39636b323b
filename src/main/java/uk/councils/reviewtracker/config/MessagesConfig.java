package uk.councils.reviewtracker.config;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    /**
     * The text of messages.properties for Java code: in British English whatever the browser asks for, as the
     * service has one language, so numbers and dates in a message read the same on a page, in a file and in an API
     * answer.
     */
    @Bean
    MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource, Locale.UK);
    }
}
