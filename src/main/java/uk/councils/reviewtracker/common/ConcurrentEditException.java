package uk.councils.reviewtracker.common;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the record after this user opened it, seen on the form's version or by the database's
 * optimistic lock: the form is shown again with a conflict message.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Runs a save: false, with nothing saved, when it met someone else's change. */
    public static boolean saves(Runnable save) {
        try {
            save.run();
            return true;
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            return false;
        }
    }
}
