package uk.councils.reviewtracker.actions;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page that shows a RAG rating can show the key beside it. */
@ControllerAdvice
class RagKeyAdvice {

    @ModelAttribute("ragKey")
    List<Rag> ragKey() {
        return List.of(Rag.values());
    }
}
