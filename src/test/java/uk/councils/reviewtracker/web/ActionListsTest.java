package uk.councils.reviewtracker.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * Actions in lists can be told apart (their recommendation's number and words, their review's council and year),
 * and the RAG vocabulary is one: the tabs are the tags, and the form says which tag an update will give.
 */
@IntegrationTest
class ActionListsTest {

    private static final String LONG_RECOMMENDATION = "The partnership should ensure that the multi-agency "
            + "safeguarding hub has the capacity to respond to contacts within agreed timescales";
    private static final String SHORTENED = "The partnership should ensure that the multi-agency safeguarding hub "
            + "has the\u2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    User officer;
    User manager;
    User scrutiny;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void everyListOfActionsNamesTheRecommendationByNumberAndWordsAndTheReviewByCouncilAndYear() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Review review = data.review().of("Thurrock Council").titled("Peer review " + mark)
                .fieldwork("September 2010").create();
        Recommendation unnumbered = data.recommendation().on(review).numbered(null).saying(LONG_RECOMMENDATION)
                .create();
        Action action = data.action("Act " + mark).on(unnumbered).ledBy(officer)
                .due(TargetDate.day(LocalDate.now(clock).minusDays(2))).create();

        mvc.perform(get("/my-actions").param("q", mark).with(data.as(officer)))
                .andExpect(content().string(allOf(containsString("Recommendation: " + SHORTENED),
                        containsString("Thurrock Council, 2010"), not(containsString(LONG_RECOMMENDATION)),
                        containsString(">Thurrock Council, 2010: Peer review " + mark + "</option>"))));
        mvc.perform(get("/reviews/{id}/plan", review.getId()).with(data.as(manager)))
                .andExpect(content().string(allOf(containsString("Recommendation: " + SHORTENED),
                        containsString("Thurrock Council, 2010: Peer review " + mark))));
        mvc.perform(get("/dashboard/reviews/{id}/actions", review.getId()).param("rag", "BEHIND_SCHEDULE")
                        .with(data.as(scrutiny)))
                .andExpect(content().string(allOf(containsString("Recommendation: " + SHORTENED),
                        containsString("Thurrock Council, 2010"))));
        mvc.perform(get("/actions/{id}", action.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(containsString(LONG_RECOMMENDATION)));
    }

    @Test
    void myActionsTabsAreTheTagsTheRowsCarry() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            data.action("Late " + mark + " " + i).ledBy(officer)
                    .due(TargetDate.day(LocalDate.now(clock).minusDays(3 + i))).create();
        }
        mvc.perform(get("/my-actions").param("q", mark).with(data.as(officer)))
                .andExpect(content().string(allOf(containsString("Behind schedule (3)"),
                        not(containsString("Overdue (")), containsString("Past its target date"))));
        mvc.perform(get("/my-actions").param("q", mark).param("rag", "BEHIND_SCHEDULE").with(data.as(officer)))
                .andExpect(content().string(allOf(containsString("Late " + mark + " 0"),
                        containsString("Late " + mark + " 2"))));
    }

    @Test
    void theProgressFormSaysBeforeSavingThatAnOverdueActionWillShowAsBehindSchedule() throws Exception {
        Action late = data.action("Late action").ledBy(officer)
                .due(TargetDate.day(LocalDate.now(clock).minusDays(10))).create();
        mvc.perform(get("/actions/{id}/progress", late.getId()).with(data.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("has passed, so this action will show as Behind schedule"),
                        containsString("aria-describedby=\"status-rag\""))))
                .andExpect(content().string(
                        org.hamcrest.Matchers.matchesPattern("(?s).*value=\"IN_PROGRESS\".*?Will show as</span>\\s*"
                                + "<strong class=\"govuk-tag app-nowrap govuk-tag--red\">Behind schedule</strong>.*")));

        Action onTime = data.action("On time action").ledBy(officer)
                .due(TargetDate.day(LocalDate.now(clock).plusDays(200))).create();
        mvc.perform(get("/actions/{id}/progress", onTime.getId()).with(data.as(officer)))
                .andExpect(content().string(allOf(not(containsString("has passed")),
                        org.hamcrest.Matchers.matchesPattern("(?s).*value=\"IN_PROGRESS\".*?Will show as</span>\\s*"
                                + "<strong class=\"govuk-tag app-nowrap govuk-tag--green\">On schedule</strong>.*"))));
    }
}
