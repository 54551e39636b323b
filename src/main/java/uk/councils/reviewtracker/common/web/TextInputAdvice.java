package uk.councils.reviewtracker.common.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import uk.councils.reviewtracker.common.Text;

/**
 * Every text a form or a request parameter brings is stripped of control characters before any controller sees it:
 * a NUL byte in a note made PostgreSQL refuse the row (a 500) and H2 store it.
 */
@ControllerAdvice
class TextInputAdvice {

    @InitBinder
    void stripControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Text.withoutControlCharacters(text));
            }
        });
    }
}
