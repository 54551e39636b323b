package uk.councils.reviewtracker.common;

/** Someone else saved the record after this user opened it: the form is shown again with a conflict message. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
