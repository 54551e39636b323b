package uk.councils.reviewtracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Mail goes to the test SMTP server. Its host is set in the test's properties (Spring Boot decides from it whether
 * to configure a JavaMailSender, before this runs); its port is known only once it has started.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

    @Bean
    DynamicPropertyRegistrar testMailServer() {
        return registry -> registry.add("spring.mail.port", TestMailServer::port);
    }
}
