package uk.councils.reviewtracker.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.councils.reviewtracker.common.web.UploadEndpoint;

@Configuration(proxyBeanMethods = false)
class ImportUploads {

    /** The plan upload page and API, under the common upload size limit. */
    @Bean
    UploadEndpoint planUploadEndpoint() {
        return UploadEndpoint.matching("/reviews/\\d+/import|/api/reviews/\\d+/imports");
    }
}
