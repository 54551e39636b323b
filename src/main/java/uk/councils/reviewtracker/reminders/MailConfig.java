package uk.councils.reviewtracker.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.util.StringUtils;

/**
 * Mail goes through Spring Boot's JavaMailSender to the SMTP server named by {@code spring.mail.host}. Without
 * one (the embedded default), digests are written to the log instead, so nothing is sent by accident.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    @Bean
    @Conditional(NoSmtpServer.class)
    MailSender loggingMailSender() {
        return new LoggingMailSender();
    }

    static final class NoSmtpServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    /** Writes each message to the log: for the embedded default and demonstrations, never for production. */
    static final class LoggingMailSender implements MailSender {

        private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                log.info("No SMTP server is configured (spring.mail.host), so this mail was not sent:\n"
                        + "To: {}\nSubject: {}\n\n{}", String.join(", ", message.getTo()), message.getSubject(),
                        message.getText());
            }
        }
    }
}
