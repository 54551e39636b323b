package uk.councils.reviewtracker.actions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.councils.reviewtracker.common.web.ResumablePost;

/** The action forms people type into for a long time: what they typed survives the end of their session. */
@Configuration(proxyBeanMethods = false)
class ResumableActionForms {

    @Bean
    ResumablePost progressUpdate() {
        return ResumablePost.of("/actions/(\\d+)/progress", "/actions/$1/progress");
    }

    @Bean
    ResumablePost actionEdit() {
        return ResumablePost.of("/actions/(\\d+)", "/actions/$1/edit");
    }
}
