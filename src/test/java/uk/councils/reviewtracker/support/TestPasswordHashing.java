package uk.councils.reviewtracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt at its lowest cost for the people tests make ({@link TestData} makes a few per test): hashing is some 60
 * times cheaper than at the application's cost of 10, and every hash, the demo's included, is still checked as
 * BCrypt, since a hash carries its own cost.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswordHashing {

    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new BCryptPasswordEncoder(4);
    }
}
