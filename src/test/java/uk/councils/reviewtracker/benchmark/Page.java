package uk.councils.reviewtracker.benchmark;

/** What the benchmark measures, in the order it prints them, with the status a correct answer has. */
enum Page {
    SIGN_IN("Sign-in page", "GET /login", 200),
    MY_ACTIONS("My actions", "GET /my-actions", 200),
    REVIEW("Review page", "GET /reviews/{id}", 200),
    REVIEW_DASHBOARD("Review dashboard", "GET /dashboard/reviews/{id}", 200),
    PORTFOLIO("Portfolio dashboard", "GET /dashboard", 200),
    ACTION_UPDATE("Action update", "POST /actions/{id}/progress", 302),
    BRIEFING_PDF("PDF briefing", "GET /briefings/{id}.pdf", 200);

    private final String title;
    private final String request;
    private final int expectedStatus;

    Page(String title, String request, int expectedStatus) {
        this.title = title;
        this.request = request;
        this.expectedStatus = expectedStatus;
    }

    String title() {
        return title;
    }

    String request() {
        return request;
    }

    int expectedStatus() {
        return expectedStatus;
    }
}
