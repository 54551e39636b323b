package uk.councils.reviewtracker.letters;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingDetails;
import uk.councils.reviewtracker.findings.FindingKind;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.frameworks.ThemeMatcher;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewDetails;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/**
 * Turns a confirmed draft into a review, its lines of enquiry, findings and recommendations, in one transaction
 * through each feature's public service (so every addition is audited as if typed in); and finds the framework a
 * letter's themes belong to.
 */
@Service
@Transactional(readOnly = true)
class LetterImportService {

    /** A framework matches a letter when this share of the letter's themes, and of its own, name each other. */
    private static final double MATCHING_THEMES = 0.8;
    private static final int NAME_MAX = 200;

    private final ReviewService reviews;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final FrameworkService frameworks;
    private final ApplicationEventPublisher events;

    LetterImportService(ReviewService reviews, FindingService findings, RecommendationService recommendations,
                        FrameworkService frameworks, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.findings = findings;
        this.recommendations = recommendations;
        this.frameworks = frameworks;
        this.events = events;
    }

    /**
     * The saved framework whose themes the letter names, if any (the LGA signposts, say): the closest, and of
     * equally close ones the oldest, as a reference framework comes before copies made from letters.
     */
    Optional<Framework> frameworkFor(List<String> letterThemes) {
        if (letterThemes.isEmpty()) {
            return Optional.empty();
        }
        return frameworks.all().stream()
                .filter(framework -> matches(framework.getThemes(), letterThemes))
                .max(Comparator.comparingLong((Framework framework) -> matched(framework.getThemes(), letterThemes))
                        .thenComparing(Framework::getId, Comparator.reverseOrder()));
    }

    private static boolean matches(List<Theme> themes, List<String> letterThemes) {
        long matched = matched(themes, letterThemes);
        return !themes.isEmpty() && matched >= MATCHING_THEMES * letterThemes.size()
                && matched >= MATCHING_THEMES * themes.size();
    }

    private static long matched(List<Theme> themes, List<String> letterThemes) {
        return letterThemes.stream().filter(name -> ThemeMatcher.match(name, themes).isPresent()).count();
    }

    List<String> themeNames(Long frameworkId) {
        return frameworkId == null ? List.of()
                : frameworks.get(frameworkId).getThemes().stream().map(Theme::getName).toList();
    }

    boolean frameworkNameTaken(String name) {
        return name != null && !name.isBlank() && frameworks.nameTaken(name);
    }

    boolean reviewExists(String organisationName, String title) {
        return organisationName != null && title != null && reviews.exists(organisationName.strip(), title.strip());
    }

    /** "Themes of ...", made unique among saved frameworks. */
    String newFrameworkName(String title) {
        String base = ("Themes of " + (title == null || title.isBlank() ? "an imported review" : title.strip()));
        base = base.substring(0, Math.min(base.length(), NAME_MAX - 5));
        String name = base;
        for (int n = 2; frameworks.nameTaken(name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    @Transactional
    Review create(ReviewImport draft) {
        Framework framework = framework(draft);
        Review review = reviews.create(new ReviewDetails(draft.organisationName(), draft.reviewType(), draft.title(),
                draft.fieldworkDates(), null, null, draft.letterDate(), draft.reviewLead(), draft.reviewLeadRole(),
                null, framework == null ? null : framework.getId(), ReviewStatus.DRAFT,
                Review.DEFAULT_REPORTING_INTERVAL_WEEKS));
        List<Theme> themes = framework == null ? List.of() : framework.getThemes();
        for (ReviewImport.Item item : draft.items()) {
            switch (item.kind()) {
                case LINE_OF_ENQUIRY -> reviews.addLineOfEnquiry(review.getId(), item.text(), item.findingSummary());
                case RECOMMENDATION -> recommendations.add(review.getId(), new RecommendationDetails(item.ref(),
                        item.text(), item.group(), null, List.of(), null));
                default -> findings.add(review.getId(), finding(item, themes));
            }
        }
        events.publishEvent(new LetterImported(review.getId(), "Imported from the review letter \"" + draft.fileName()
                + "\": " + draft.count(DraftItemKind.LINE_OF_ENQUIRY) + " lines of enquiry, "
                + (draft.count(DraftItemKind.STRENGTH) + draft.count(DraftItemKind.AREA_FOR_CONSIDERATION))
                + " findings, " + draft.count(DraftItemKind.RECOMMENDATION) + " recommendations"));
        return review;
    }

    private Framework framework(ReviewImport draft) {
        if (draft.frameworkId() != null) {
            return frameworks.get(draft.frameworkId());
        }
        if (draft.newFrameworkName() != null) {
            Framework created = frameworks.create(draft.newFrameworkName(),
                    "Themes named in the review letter \"" + draft.fileName() + "\"", draft.newFrameworkThemes());
            return frameworks.get(created.getId());
        }
        return null;
    }

    /** A summary finding has no theme; a detailed one has the framework theme its heading names, or the heading. */
    private static FindingDetails finding(ReviewImport.Item item, List<Theme> themes) {
        FindingKind kind = item.kind() == DraftItemKind.STRENGTH ? FindingKind.STRENGTH
                : FindingKind.AREA_FOR_CONSIDERATION;
        if (item.theme() == null) {
            return new FindingDetails(null, kind, FindingDetail.SUMMARY, null, item.text());
        }
        Optional<Theme> theme = ThemeMatcher.match(item.theme(), themes);
        return new FindingDetails(theme.map(Theme::getId).orElse(null), kind, FindingDetail.DETAILED,
                theme.isPresent() ? null : item.theme(), item.text());
    }
}
