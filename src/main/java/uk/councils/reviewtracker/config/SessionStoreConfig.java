package uk.councils.reviewtracker.config;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database write each attribute as an upsert. Two requests on a new session (two tabs opened just
 * after signing in, or two instances) both add its first attributes, such as the CSRF token; with plain inserts the
 * second failed on the primary key and its user saw an error page.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES "
            + "(SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) "
            + "VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
            throws MetaDataAccessException {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("H2".equals(database)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
