package uk.councils.reviewtracker.letters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Whether the letter reader asks the sentence-embedding model about headings its vocabulary does not know
 * ({@code app.letters.meaning.enabled}). When it does, the model is loaded at start-up, not on the first letter.
 */
@Configuration(proxyBeanMethods = false)
class HeadingMeaningConfig {

    private static final Logger LOG = LoggerFactory.getLogger(HeadingMeaningConfig.class);

    @Bean
    HeadingMeaning headingMeaning(@Value("${app.letters.meaning.enabled:false}") boolean enabled) {
        if (!enabled) {
            return HeadingMeaning.NONE;
        }
        long start = System.nanoTime();
        HeadingMeaning meaning = EmbeddingHeadingMeaning.load();
        LOG.info("Heading meaning model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return meaning;
    }
}
