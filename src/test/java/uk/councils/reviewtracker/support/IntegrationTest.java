package uk.councils.reviewtracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on PostgreSQL with the demo data loaded, and MockMvc through the real security chain.
 * Mail goes to the test SMTP server; the digest job never runs by itself (tests run it). Every test class with this
 * annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"app.demo-data=always", "spring.mail.host=127.0.0.1", "app.reminders.cron=-"})
@AutoConfigureMockMvc
@Import({PostgresTestConfiguration.class, MailTestConfiguration.class, Fixtures.class, TestData.class,
        TestPasswordHashing.class})
public @interface IntegrationTest {
}
