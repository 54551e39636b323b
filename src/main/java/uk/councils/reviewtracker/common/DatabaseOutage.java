package uk.councils.reviewtracker.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one rule for "the database cannot be reached": the exceptions a dead, unreachable or closed database raises,
 * wherever in a chain of causes they are. Such a failure is answered "service unavailable" (503), never as a bug.
 */
public final class DatabaseOutage {

    private static final List<Class<? extends Throwable>> OUTAGES = List.of(
            DataAccessResourceFailureException.class,   // includes CannotGetJdbcConnectionException
            CannotCreateTransactionException.class,
            JDBCConnectionException.class,
            SQLTransientConnectionException.class,      // the pool's connection timeout
            SQLNonTransientConnectionException.class);  // e.g. H2's "the database has been closed"
    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (OUTAGES.stream().anyMatch(type -> type.isInstance(current)) || isConnectionState(cause)
                    || isTransactionEndFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
    }

    /**
     * The JDBC connection failed to commit or roll back. When a pooled connection breaks in the middle of a
     * transaction, the pool closes it at once, and the rollback that follows fails on the closed connection with
     * a bare SQLException; that failure replaces the original one, which named the lost connection.
     */
    private static boolean isTransactionEndFailure(Throwable cause) {
        return cause instanceof TransactionException && cause.getCause() instanceof SQLException;
    }
}
