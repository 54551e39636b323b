package uk.councils.reviewtracker.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops a test run before its first test when there is no PostgreSQL to run on, with one message saying what to
 * set, instead of every test that needs the database failing on its own (registered in META-INF/services).
 */
public class TestDatabaseCheck implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.check();
    }
}
