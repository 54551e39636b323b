package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** What every page carries besides its content: icons, valid machine-readable times. */
@IntegrationTest
class PageFurnitureTest {

    private static final Pattern DATETIME = Pattern.compile("<time datetime=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    @Test
    void theFaviconIsServedWithoutSigningIn() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(icon).as("an ICO file").startsWith(new byte[] {0, 0, 1, 0});
    }

    @Test
    void pagesLinkTheirIconsAndEachIsServed() throws Exception {
        String signIn = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        List<String> icons = Pattern.compile("<link rel=\"(?:icon|apple-touch-icon|manifest)\"[^>]* href=\"([^\"]+)\"")
                .matcher(signIn).results().map(match -> match.group(1)).toList();
        assertThat(icons).hasSizeGreaterThanOrEqualTo(3);
        for (String icon : icons) {
            mvc.perform(get(icon)).andExpect(status().isOk());
        }
    }

    @Test
    void theActionPageGivesEachUpdateTimeToTheSecond() throws Exception {
        Action action = fixtures.newAction("Time the updates", "officer", null,
                TargetDate.day(LocalDate.of(2031, 8, 31)));
        mvc.perform(post("/actions/{id}/progress", action.getId()).with(fixtures.as("officer")).with(csrf())
                .param("version", String.valueOf(actions.get(action.getId()).getVersion()))
                .param("status", "BEHIND_SCHEDULE").param("note", "Late")).andExpect(status().isFound());

        String page = mvc.perform(get("/actions/{id}", action.getId()).with(fixtures.as("scrutiny")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> times = DATETIME.matcher(page).results().map(match -> match.group(1)).toList();
        assertThat(times).isNotEmpty()
                .allSatisfy(time -> assertThat(time).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    }
}
