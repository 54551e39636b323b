package uk.councils.reviewtracker.common;

import java.time.ZoneId;

/** The service keeps UK local time: target dates, "overdue" and the scheduled jobs, as a council officer reads them. */
public final class UkTime {

    /** For annotations, which need a constant ({@code @Scheduled(zone = ...)}). */
    public static final String ZONE_ID = "Europe/London";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private UkTime() {
    }
}
