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
 * Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "app.demo-data=always")
@AutoConfigureMockMvc
@Import({PostgresTestConfiguration.class, Fixtures.class})
public @interface IntegrationTest {
}
