package uk.councils.reviewtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewTrackerApplication.class, args);
    }
}
