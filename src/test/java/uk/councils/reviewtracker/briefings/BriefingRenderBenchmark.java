package uk.councils.reviewtracker.briefings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.reviews.Organisation;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * Benchmark, not a test: prints how long a committee report with a 300-action plan takes to render as PDF and
 * as Word. Target: under 2 s each. Run it with
 * {@code ./mvnw test -Dtest=BriefingRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BriefingRenderBenchmark {

    private static final int ACTIONS = 300;
    private static final int WARM_UPS = 3;
    private static final int RUNS = 7;

    @Test
    void renderA300ActionCommitteeReport() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        Labels labels = new Labels(new MessageSourceAccessor(messages, Locale.UK), Clock.system(ZoneId.of("Europe/London")));
        BriefingContent content = new BriefingContent(labels);
        BriefingPdf pdf = new BriefingPdf(templates(), content);
        BriefingDocx docx = new BriefingDocx(content);
        BriefingDocument document = document();

        report("PDF ", () -> pdf.render(document));
        report("DOCX", () -> docx.render(document));
    }

    private static void report(String format, Supplier<byte[]> render) {
        for (int i = 0; i < WARM_UPS; i++) {
            render.get();
        }
        long[] millis = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = render.get().length;
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %s committee report, %d actions: median %d ms, min %d ms, max %d ms "
                + "(%d runs after %d warm-ups), %d KB%n", format, ACTIONS, millis[RUNS / 2], millis[0],
                millis[RUNS - 1], RUNS, WARM_UPS, size / 1024);
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static BriefingDocument document() {
        Review review = new Review(new Organisation("Benchmark Borough Council"), ReviewType.PEER_REVIEW,
                "Children's Services Safeguarding Peer Review");
        Briefing briefing = new Briefing(review, BriefingTemplate.COMMITTEE_REPORT);
        briefing.describe("Children's Overview and Scrutiny Committee", LocalDate.of(2026, 12, 10), "Morgan Manager",
                "Members of the committee", null);
        for (String key : BriefingTemplate.COMMITTEE_REPORT.getSections()) {
            briefing.addSection(key, key, "Narrative for " + key + ". ".repeat(40));
        }
        List<PlanLine> plan = new ArrayList<>();
        Rag[] rags = Rag.values();
        ActionStatus[] statuses = ActionStatus.values();
        for (int i = 0; i < ACTIONS; i++) {
            plan.add(new PlanLine((long) i, "R" + (i / 3 + 1), "Recommendation " + (i / 3 + 1)
                    + ": strengthen multi-agency arrangements for children at risk of exploitation", "Priority "
                    + (i / 50 + 1), "Effective Practice", "Action " + i + ": audit a sample of S47 enquiries and "
                    + "report the findings to the partnership board", "Fewer repeat referrals", "Audit report to the board",
                    "Officer " + (i % 20), "Children's Social Care",
                    "3 months", TargetDate.day(LocalDate.of(2026, 1, 1).plusDays(i)), statuses[i % statuses.length],
                    rags[i % rags.length], "Progress note " + i + ": work is under way with partners.",
                    Instant.parse("2026-11-01T10:00:00Z")));
        }
        return new BriefingDocument(briefing, briefing.getSections(), plan, null);
    }
}
