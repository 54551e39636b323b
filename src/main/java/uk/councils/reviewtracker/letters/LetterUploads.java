package uk.councils.reviewtracker.letters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.councils.reviewtracker.common.web.UploadEndpoint;

@Configuration(proxyBeanMethods = false)
class LetterUploads {

    /** The letter upload page and API, under the common upload size limit. */
    @Bean
    UploadEndpoint letterUploadEndpoint() {
        return UploadEndpoint.matching("/reviews/import-letter|/api/letters/extract");
    }
}
