package uk.councils.reviewtracker.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.findings.FindingEvent.FindingAdded;
import uk.councils.reviewtracker.findings.FindingEvent.FindingDeleted;
import uk.councils.reviewtracker.findings.FindingEvent.FindingEdited;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

@Service
@Transactional(readOnly = true)
public class FindingService {

    static final String GENERAL_HEADING = "General findings";

    private final FindingRepository findings;
    private final ReviewService reviews;
    private final FrameworkService frameworks;
    private final ApplicationEventPublisher events;

    FindingService(FindingRepository findings, ReviewService reviews, FrameworkService frameworks,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.findings = findings;
        this.reviews = reviews;
        this.frameworks = frameworks;
    }

    public Finding get(Long id) {
        return findings.findById(id).orElseThrow(() -> new NotFoundException("Finding", id));
    }

    public List<Finding> forReview(Long reviewId) {
        return findings.findByReviewIdOrderByPosition(reviewId);
    }

    public List<Finding> summary(Long reviewId) {
        return forReview(reviewId).stream().filter(f -> f.getDetail() == FindingDetail.SUMMARY).toList();
    }

    /**
     * The detailed findings grouped as the letter presents them: every theme of the review's framework in its
     * order (empty ones too, so a reader sees what was not covered), then headings outside the framework.
     */
    public List<ThemeFindings> byTheme(Review review) {
        return overview(review).themes();
    }

    /** The summary lists and the findings by theme, from one read of the review's findings. */
    public FindingsOverview overview(Review review) {
        List<Finding> all = forReview(review.getId());
        List<Finding> summary = all.stream().filter(f -> f.getDetail() == FindingDetail.SUMMARY).toList();
        return new FindingsOverview(summary.stream().filter(Finding::isStrength).toList(),
                summary.stream().filter(f -> !f.isStrength()).toList(), byTheme(review, all));
    }

    private List<ThemeFindings> byTheme(Review review, List<Finding> all) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        frameworks.themesOf(review.getFramework()).forEach(theme -> groups.put(theme.getName(), new ArrayList<>()));
        for (Finding finding : all) {
            if (finding.getDetail() == FindingDetail.DETAILED) {
                groups.computeIfAbsent(groupHeading(finding), key -> new ArrayList<>()).add(finding);
            }
        }
        return groups.entrySet().stream()
                .map(group -> new ThemeFindings(group.getKey(),
                        group.getValue().stream().filter(Finding::isStrength).toList(),
                        group.getValue().stream().filter(f -> !f.isStrength()).toList()))
                .toList();
    }

    private static String groupHeading(Finding finding) {
        if (finding.getTheme() != null) {
            return finding.getTheme().getName();
        }
        return finding.getHeading() == null || finding.getHeading().isBlank() ? GENERAL_HEADING : finding.getHeading();
    }

    @Transactional
    public Finding add(Long reviewId, FindingDetails details) {
        Finding finding = new Finding(reviews.get(reviewId), findings.lastPosition(reviewId) + 1);
        finding.describe(theme(details.themeId()), details.kind(), details.detail(), details.heading(),
                details.text());
        Finding saved = findings.save(finding);
        events.publishEvent(new FindingAdded(saved.getId(), "Added " + describe(saved)));
        return saved;
    }

    @Transactional
    public Finding update(Long id, FindingDetails details) {
        Finding finding = get(id);
        finding.describe(theme(details.themeId()), details.kind(), details.detail(), details.heading(),
                details.text());
        events.publishEvent(new FindingEdited(id, "Edited " + describe(finding)));
        return finding;
    }

    @Transactional
    public void delete(Long id) {
        Finding finding = get(id);
        events.publishEvent(new FindingDeleted(id, "Deleted " + describe(finding)));
        findings.delete(finding);
    }

    private static String describe(Finding finding) {
        return (finding.isStrength() ? "strength" : "area for consideration") + " \"" + finding.getText() + "\"";
    }

    private Theme theme(Long id) {
        return id == null ? null : frameworks.theme(id);
    }
}
