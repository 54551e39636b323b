package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.briefings.BriefingDetails;
import uk.councils.reviewtracker.briefings.BriefingService;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Every endpoint the application maps, as every role and as nobody. The expected access of each endpoint is
 * listed here; an endpoint added without an entry fails this test, so none can be forgotten. Those allowed must be
 * served (a page read, a change accepted or rejected for its empty form), never with a server error; the others
 * refused; and the review page offers its changes only to those who may make them.
 */
@IntegrationTest
class AuthorisationMatrixTest {

    /**
     * Who may reach an endpoint: each level includes the ones after it. The briefing here is a draft, which only
     * managers read (issued briefings are read by everyone: see DraftBriefingsTest).
     */
    enum Access { PUBLIC, SIGNED_IN, OFFICER, MANAGER, ADMIN }

    private static final Map<String, Access> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /accessibility", Access.PUBLIC),
            Map.entry("GET /", Access.SIGNED_IN),
            Map.entry("GET /actions/{id}", Access.SIGNED_IN),
            Map.entry("GET /briefings/{id}", Access.MANAGER),
            Map.entry("GET /briefings/{id}.docx", Access.MANAGER),
            Map.entry("GET /briefings/{id}.pdf", Access.MANAGER),
            Map.entry("GET /briefings/{id}/plan.xlsx", Access.MANAGER),
            Map.entry("GET /dashboard", Access.SIGNED_IN),
            Map.entry("GET /dashboard/reviews/{id}", Access.SIGNED_IN),
            Map.entry("GET /dashboard/reviews/{id}/actions", Access.SIGNED_IN),
            Map.entry("GET /frameworks", Access.SIGNED_IN),
            Map.entry("GET /frameworks/{id}", Access.SIGNED_IN),
            Map.entry("GET /my-actions", Access.SIGNED_IN),
            Map.entry("GET /session/keep-alive", Access.SIGNED_IN),
            Map.entry("GET /reviews", Access.SIGNED_IN),
            Map.entry("GET /reviews/{id}", Access.SIGNED_IN),
            Map.entry("GET /reviews/{reviewId}/briefings", Access.SIGNED_IN),
            Map.entry("GET /reviews/{reviewId}/plan.csv", Access.SIGNED_IN),
            Map.entry("GET /reviews/{reviewId}/plan.xlsx", Access.SIGNED_IN),
            Map.entry("GET /actions/{id}/progress", Access.OFFICER),
            Map.entry("POST /actions/{id}/progress", Access.OFFICER),
            Map.entry("GET /actions/{id}/edit", Access.MANAGER),
            Map.entry("GET /briefings/{id}/edit", Access.MANAGER),
            Map.entry("GET /findings/{id}/edit", Access.MANAGER),
            Map.entry("GET /frameworks/new", Access.MANAGER),
            Map.entry("GET /imports/template.xlsx", Access.MANAGER),
            Map.entry("GET /imports/{uploadId}", Access.MANAGER),
            Map.entry("GET /lines-of-enquiry/{id}/edit", Access.MANAGER),
            Map.entry("GET /recommendations/{id}/edit", Access.MANAGER),
            Map.entry("GET /recommendations/{recommendationId}/actions/new", Access.MANAGER),
            Map.entry("GET /reviews/new", Access.MANAGER),
            Map.entry("GET /reviews/{id}/edit", Access.MANAGER),
            Map.entry("GET /reviews/{id}/plan", Access.MANAGER),
            Map.entry("GET /reviews/{reviewId}/briefings/new", Access.MANAGER),
            Map.entry("GET /reviews/{reviewId}/findings/new", Access.MANAGER),
            Map.entry("GET /reviews/{reviewId}/import", Access.MANAGER),
            Map.entry("GET /reviews/{reviewId}/lines-of-enquiry/new", Access.MANAGER),
            Map.entry("GET /reviews/{reviewId}/recommendations/new", Access.MANAGER),
            Map.entry("POST /actions/{id}", Access.MANAGER),
            Map.entry("POST /actions/{id}/requested-target/approve", Access.MANAGER),
            Map.entry("POST /actions/{id}/requested-target/decline", Access.MANAGER),
            Map.entry("POST /api/imports/{uploadId}/confirm", Access.MANAGER),
            Map.entry("POST /api/reviews/{reviewId}/imports", Access.MANAGER),
            Map.entry("POST /briefings/{id}", Access.MANAGER),
            Map.entry("POST /briefings/{id}/issue", Access.MANAGER),
            Map.entry("GET /briefings/{id}/delete", Access.MANAGER),
            Map.entry("POST /briefings/{id}/delete", Access.MANAGER),
            Map.entry("POST /findings/{id}", Access.MANAGER),
            Map.entry("POST /findings/{id}/delete", Access.MANAGER),
            Map.entry("POST /frameworks", Access.MANAGER),
            Map.entry("POST /imports/{uploadId}/columns", Access.MANAGER),
            Map.entry("POST /imports/{uploadId}/confirm", Access.MANAGER),
            Map.entry("POST /imports/{uploadId}/discard", Access.MANAGER),
            Map.entry("POST /lines-of-enquiry/{id}", Access.MANAGER),
            Map.entry("POST /lines-of-enquiry/{id}/delete", Access.MANAGER),
            Map.entry("POST /recommendations/{id}", Access.MANAGER),
            Map.entry("POST /recommendations/{recommendationId}/actions", Access.MANAGER),
            Map.entry("POST /reviews", Access.MANAGER),
            Map.entry("POST /reviews/{id}", Access.MANAGER),
            Map.entry("POST /reviews/{id}/plan/leads", Access.MANAGER),
            Map.entry("POST /reviews/{id}/plan/targets", Access.MANAGER),
            Map.entry("POST /reviews/{id}/plan/requests", Access.MANAGER),
            Map.entry("POST /reviews/{reviewId}/briefings", Access.MANAGER),
            Map.entry("POST /reviews/{reviewId}/findings", Access.MANAGER),
            Map.entry("POST /reviews/{reviewId}/import", Access.MANAGER),
            Map.entry("POST /reviews/{reviewId}/lines-of-enquiry", Access.MANAGER),
            Map.entry("POST /reviews/{reviewId}/recommendations", Access.MANAGER),
            Map.entry("GET /reviews/import-letter", Access.MANAGER),
            Map.entry("GET /reviews/import-letter/draft", Access.MANAGER),
            Map.entry("POST /api/letters/extract", Access.MANAGER),
            Map.entry("POST /reviews/import-letter", Access.MANAGER),
            Map.entry("POST /reviews/import-letter/discard", Access.MANAGER),
            Map.entry("POST /reviews/import-letter/draft", Access.MANAGER),
            Map.entry("GET /settings", Access.SIGNED_IN),
            Map.entry("POST /settings", Access.SIGNED_IN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            Map.entry("GET /admin/users", Access.ADMIN),
            Map.entry("GET /admin/users/new", Access.ADMIN),
            Map.entry("GET /admin/users/{id}/edit", Access.ADMIN),
            Map.entry("POST /admin/users", Access.ADMIN),
            Map.entry("POST /admin/users/{id}", Access.ADMIN)));

    private static final List<String> USERS = List.of("scrutiny", "officer", "manager", "admin");
    /** The forms whose input is kept when their CSRF token has died with the session (SignedOutWhileTypingTest). */
    private static final List<String> RESUMABLE = List.of("POST /actions/{id}/progress", "POST /actions/{id}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ActionService actions;
    @Autowired
    FindingService findings;
    @Autowired
    ReviewService reviews;
    @Autowired
    BriefingService briefings;
    @Autowired
    uk.councils.reviewtracker.imports.ImportService imports;

    private Map<String, String> ids;
    private Long reviewId;

    @BeforeEach
    void recordsOfTheirOwn() {
        Action action = fixtures.newAction("Matrix action", "officer", null, TargetDate.day(LocalDate.now().plusDays(60)));
        Long reviewId = actions.get(action.getId()).getRecommendation().getReview().getId();
        this.reviewId = reviewId;
        Long lineId = newLineOfEnquiry();
        Long findingId = newFinding();
        ids = Map.of("reviewId", reviewId.toString(), "id", action.getId().toString(),
                "recommendationId", action.getRecommendation().getId().toString(), "lineId", lineId.toString(),
                "findingId", findingId.toString(),
                "userId", fixtures.userId("officer2").toString(), "frameworkId", "1");
    }

    @Test
    void everyEndpointHasAnExpectedAccess() {
        assertThat(new TreeSet<>(endpoints()).stream().filter(e -> !EXPECTED.containsKey(e)).toList())
                .as("endpoints with no expected access in AuthorisationMatrixTest").isEmpty();
    }

    @Test
    void everyEndpointRefusesWhoItShouldAndAdmitsWhoItShould() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Access access = EXPECTED.get(endpoint);
            if (access == null) {
                continue;
            }
            MockHttpServletResponse anonymous = perform(endpoint, null);
            String anonymousAnswer = anonymousWrong(endpoint, access, anonymous.getStatus(),
                    anonymous.getRedirectedUrl());
            if (anonymousAnswer != null) {
                wrong.add(endpoint + " anonymous -> " + anonymousAnswer);
            }
            for (String user : USERS) {
                int status = perform(endpoint, user).getStatus();
                String answer = wrong(endpoint, allowed(access, user), status);
                if (answer != null) {
                    wrong.add(endpoint + " as " + user + " -> " + answer);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aServerErrorIsNeverAnAdmission() {
        for (int status : List.of(500, 502, 503)) {
            assertThat(wrong("GET /reviews", true, status)).isNotNull();
            assertThat(wrong("POST /reviews", true, status)).isNotNull();
            assertThat(wrong("POST /reviews", false, status)).isNotNull();
            assertThat(anonymousWrong("GET /login", Access.PUBLIC, status, null)).isNotNull();
        }
        assertThat(wrong("GET /reviews", true, 200)).isNull();
        assertThat(wrong("POST /reviews", true, 400)).isNull();
        assertThat(wrong("POST /reviews", false, 403)).isNull();
    }

    /**
     * What is wrong with the answer a signed-in user had, or null if it is right: refused with 403 (401 for the
     * API) where not allowed; where allowed, a page read (2xx or a redirect) or a change accepted or rejected for
     * its empty form (any 2xx to 4xx but 401 and 403). A 5xx is always wrong.
     */
    static String wrong(String endpoint, boolean allowed, int status) {
        boolean refused = status == 403 || status == 401;
        boolean read = endpoint.startsWith("GET ") ? status < 400 : status < 500;
        if (status >= 500) {
            return status + " (a server error)";
        }
        if (allowed && (refused || !read)) {
            return status + " (expected " + (endpoint.startsWith("GET ") ? "read" : "allowed") + ")";
        }
        return allowed || refused ? null : status + " (expected 403)";
    }

    /** Anonymous visitors read public pages, are sent to sign in from the others, and get a 401 from the API. */
    static String anonymousWrong(String endpoint, Access access, int status, String redirectedTo) {
        if (access == Access.PUBLIC) {
            return status >= 400 ? String.valueOf(status) : null;
        }
        if (endpoint.contains(" /api/")) {
            return status == 401 ? null : status + " (expected 401)";
        }
        return status == 302 && "/login".equals(redirectedTo) ? null
                : status + " to " + redirectedTo + " (expected 302 to /login)";
    }

    @Test
    void theReviewPageOffersChangesOnlyToThoseWhoMayMakeThem() throws Exception {
        String recommendationId = ids.get("recommendationId");
        List<String> links = List.of("/reviews/" + reviewId + "/plan",
                "/lines-of-enquiry/" + ids.get("lineId") + "/edit", "/findings/" + ids.get("findingId") + "/edit",
                "/recommendations/" + recommendationId + "/edit",
                "/recommendations/" + recommendationId + "/actions/new");
        for (String user : USERS) {
            String page = mvc.perform(request(HttpMethod.GET, "/reviews/" + reviewId).with(fixtures.as(user)))
                    .andReturn().getResponse().getContentAsString();
            for (String link : links) {
                assertThat(page.contains("href=\"" + link + "\"")).as(user + " is offered " + link)
                        .isEqualTo(allowed(Access.MANAGER, user));
            }
        }
    }

    @Test
    void aMissingRecordIsNotFound() throws Exception {
        for (String page : List.of("/reviews/999999", "/actions/999999", "/findings/999999/edit",
                "/recommendations/999999/edit", "/frameworks/999999", "/lines-of-enquiry/999999/edit")) {
            assertThat(mvc.perform(request(HttpMethod.GET, page).with(fixtures.as("manager"))).andReturn()
                    .getResponse().getStatus()).as(page).isEqualTo(404);
        }
    }

    @Test
    void everyChangeNeedsTheCsrfToken() throws Exception {
        List<String> unprotected = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("POST ") && !endpoint.contains(" /api/")) {
                String url = url(endpoint);
                MockHttpServletRequestBuilder request = request(HttpMethod.POST, url).with(fixtures.as("admin"));
                MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
                String form = url.endsWith("/progress") ? url : url + "/edit";
                // The forms kept across the end of a session are refused too, but sent back to, filled in.
                boolean keptForItsPage = RESUMABLE.contains(endpoint) && answer.getStatus() == 302
                        && form.equals(answer.getRedirectedUrl());
                if (answer.getStatus() != 403 && !keptForItsPage) {
                    unprotected.add(endpoint + " -> " + answer.getStatus());
                }
            }
        }
        assertThat(unprotected).isEmpty();
    }

    private static boolean allowed(Access access, String user) {
        int level = switch (user) {
            case "admin" -> 4;
            case "manager" -> 3;
            case "officer" -> 2;
            default -> 1;
        };
        return switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case OFFICER -> level >= 2;
            case MANAGER -> level >= 3;
            case ADMIN -> level >= 4;
        };
    }

    /** GETs are read; POSTs are sent with no form fields, which the application must refuse or reject safely. */
    private MockHttpServletResponse perform(String endpoint, String user) throws Exception {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        MockHttpServletRequestBuilder request = request(method, url(endpoint)).with(csrf());
        if (user != null) {
            request.with(fixtures.as(user));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * The path with its variables filled in with this test's own records, chosen by what the path is about. A
     * briefing, a finding, a line of enquiry and an upload are new for each request: an earlier request may have
     * issued or deleted the last briefing, deleted the last finding or line, or confirmed or discarded the last
     * upload.
     */
    private String url(String endpoint) {
        String url = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (url.startsWith("/findings/")) {
            url = url.replace("{id}", newFinding().toString());
        }
        if (url.startsWith("/lines-of-enquiry/")) {
            url = url.replace("{id}", newLineOfEnquiry().toString());
        }
        if (url.contains("{uploadId}")) {
            url = url.replace("{uploadId}", imports.upload(reviewId, "plan.csv",
                    "Ref,Recommendation,Action\r\n9,Matrix recommendation,Matrix import\r\n".getBytes()).toString());
        }
        if (url.startsWith("/briefings/")) {
            url = url.replace("{id}", briefings.create(reviewId, new BriefingDetails(BriefingTemplate.PROGRESS_UPDATE,
                    "Panel", LocalDate.now(), "Manager", null, null)).getId().toString());
        }
        for (Map.Entry<String, String> about : PATH_IDS.entrySet()) {
            if (url.startsWith(about.getKey())) {
                url = url.replace("{id}", ids.get(about.getValue()));
            }
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
            url = url.replace("{" + id.getKey() + "}", id.getValue());
        }
        return url;
    }

    private Long newFinding() {
        return findings.add(reviewId, new uk.councils.reviewtracker.findings.FindingDetails(null,
                uk.councils.reviewtracker.findings.FindingKind.STRENGTH,
                uk.councils.reviewtracker.findings.FindingDetail.SUMMARY, null, "A strength")).getId();
    }

    private Long newLineOfEnquiry() {
        return reviews.addLineOfEnquiry(reviewId, "Question?", null).getId();
    }

    private static final Map<String, String> PATH_IDS = Map.of("/actions/", "id",
            "/findings/", "findingId", "/reviews/", "reviewId", "/dashboard/reviews/", "reviewId",
            "/lines-of-enquiry/", "lineId", "/recommendations/", "recommendationId", "/admin/users/", "userId",
            "/frameworks/", "frameworkId");

    private List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(endpoints));
    }
}
