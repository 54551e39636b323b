package uk.councils.reviewtracker.briefings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An issued briefing is a record of what committee was told: it is never changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class BriefingIssuedException extends RuntimeException {

    public BriefingIssuedException(Long id) {
        super("Briefing " + id + " has been issued and cannot change");
    }
}
