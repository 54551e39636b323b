package uk.councils.reviewtracker.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Which running copy of the application this is, when several share one database: written beside the job locks
 * and digest deliveries it takes, so an administrator can tell which instance did what.
 */
@Component
public class InstanceName {

    private final String name;

    InstanceName(@Value("${app.instance-name:}") String configured) {
        this.name = StringUtils.hasText(configured) ? configured.strip() : hostName() + "-" + ProcessHandle.current().pid();
    }

    public String get() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
