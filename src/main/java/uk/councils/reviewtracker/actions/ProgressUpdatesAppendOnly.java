package uk.councils.reviewtracker.actions;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The trigger by which the embedded H2 database refuses to rewrite or delete a progress update, as PostgreSQL's
 * PL/pgSQL trigger does (migration V60). H2 calls it for every row an UPDATE or DELETE would change.
 */
public class ProgressUpdatesAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("A progress update is never rewritten or deleted (progress_update "
                + (oldRow == null ? "?" : oldRow[0]) + ")", "23000");
    }
}
