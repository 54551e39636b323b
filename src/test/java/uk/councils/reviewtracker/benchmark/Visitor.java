package uk.councils.reviewtracker.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the concurrent clients: an officer signed in with their own session (and an anonymous browser for the
 * sign-in page), going round the reviews and briefings being measured and updating actions only they lead, so
 * that no two clients ever update the same action.
 */
final class Visitor {

    private static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

    private final BenchmarkClient officer;
    private final BenchmarkClient anonymous;
    private final List<Long> reviews;
    private final List<Long> briefings;
    private final List<Long> actions;
    private final int offset;
    private final Map<Long, Long> versions = new HashMap<>();
    private final String fixedPath;
    private int visits;

    Visitor(BenchmarkClient officer, BenchmarkClient anonymous, List<Long> reviews, List<Long> briefings,
            List<Long> actions, int offset) {
        this.officer = officer;
        this.anonymous = anonymous;
        this.reviews = reviews;
        this.briefings = briefings;
        this.actions = actions;
        this.offset = offset;
        this.fixedPath = null;
    }

    private Visitor(BenchmarkClient officer, String fixedPath) {
        this.officer = officer;
        this.anonymous = officer;
        this.reviews = List.of();
        this.briefings = List.of();
        this.actions = List.of();
        this.offset = 0;
        this.fixedPath = fixedPath;
    }

    /** A client that asks for one path, whatever the page it is told to visit. */
    static Visitor fixed(BenchmarkClient officer, String path) {
        return new Visitor(officer, path);
    }

    /** Reads each action's update form once, as the page is opened before it is sent, for its version. */
    Visitor openUpdateForms() {
        for (Long action : actions) {
            BenchmarkClient.Response form = officer.get("/actions/" + action + "/progress");
            if (form.status() != 200) {
                throw new IllegalStateException("Cannot open the update form of action " + action + ": "
                        + form.status());
            }
            versions.put(action, version(form.html()));
        }
        return this;
    }

    BenchmarkClient.Response visit(Page page) {
        if (fixedPath != null) {
            return officer.get(fixedPath);
        }
        int n = offset + visits++;
        return switch (page) {
            case SIGN_IN -> anonymous.get("/login");
            case MY_ACTIONS -> officer.get("/my-actions");
            case REVIEW -> officer.get("/reviews/" + reviews.get(n % reviews.size()));
            case REVIEW_DASHBOARD -> officer.get("/dashboard/reviews/" + reviews.get(n % reviews.size()));
            case PORTFOLIO -> officer.get("/dashboard");
            case ACTION_UPDATE -> update(actions.get(n % actions.size()), n);
            case BRIEFING_PDF -> officer.get("/briefings/" + briefings.get(n % briefings.size()) + ".pdf");
        };
    }

    /** Saving moves the action on one version; a refusal shows the form again with the version it has now. */
    private BenchmarkClient.Response update(Long action, int n) {
        BenchmarkClient.Response response = officer.post("/actions/" + action + "/progress", Map.of(
                "status", "IN_PROGRESS",
                "note", "Benchmark update " + n + ": audit sample agreed with partners and fieldwork under way.",
                "version", String.valueOf(versions.get(action))));
        if (response.status() == 302) {
            versions.merge(action, 1L, Long::sum);
        } else if (response.status() == 200) {
            versions.put(action, version(response.html()));
        }
        return response;
    }

    private static long version(String html) {
        Matcher version = VERSION.matcher(html);
        if (!version.find()) {
            throw new IllegalStateException("No version on the update form");
        }
        return Long.parseLong(version.group(1));
    }
}
