package uk.councils.reviewtracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageRuleTest {

    @Test
    void noConnectionFromThePoolIsAnOutageHoweverDeepItIsWrapped() {
        var timeout = new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms");
        assertThat(DatabaseOutage.causedBy(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))).isTrue();
    }

    @Test
    void aConnectionExceptionSqlStateIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void aRollbackThatFailsOnTheConnectionThePoolClosedIsAnOutage() {
        var rollback = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("check constraint",
                new SQLException("violates check constraint", "23514")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NotFoundException("Review", 1L))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
