package uk.councils.reviewtracker.letters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;
import uk.councils.reviewtracker.common.Text;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * The draft review a manager checks before confirming: the review's particulars, its framework (an existing one, a
 * new one from the letter's themes, or none) and every item read from the letter, each editable, movable between
 * kinds and themes, reorderable by position and deletable, with one empty item to add.
 */
class DraftReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NEW_FRAMEWORK = "new";
    static final int QUESTION_MAX = 2000;

    @NotBlank(message = "{review.organisationName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String organisationName;
    @NotNull(message = "{review.reviewType.required}")
    private ReviewType reviewType;
    @NotBlank(message = "{review.title.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String title;
    @Size(max = 500, message = "{field.tooLong}")
    private String fieldworkDates;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate letterDate;
    @Size(max = 200, message = "{field.tooLong}")
    private String reviewLead;
    @Size(max = 500, message = "{field.tooLong}")
    private String reviewLeadRole;
    /** Blank for no framework, {@value #NEW_FRAMEWORK} for one made from the themes below, else a framework id. */
    private String frameworkChoice = "";
    @Size(max = 200, message = "{field.tooLong}")
    private String newFrameworkName;
    private String newFrameworkThemes;
    @Valid
    private List<DraftItemForm> items = new ArrayList<>();
    @Valid
    private DraftItemForm newItem = DraftItemForm.blank();

    public DraftReviewForm() {
    }

    /** The draft as read from the letter; detailed findings take the framework theme their heading names. */
    static DraftReviewForm of(LetterExtraction letter, String frameworkChoice, List<String> frameworkThemes,
                              String newFrameworkName) {
        DraftReviewForm form = new DraftReviewForm();
        form.organisationName = letter.organisation();
        form.reviewType = letter.reviewType() == null ? ReviewType.PEER_REVIEW : ReviewType.valueOf(letter.reviewType());
        form.title = letter.title();
        form.fieldworkDates = letter.fieldworkOrReviewDates();
        form.letterDate = letter.letterOrReportDate() == null ? null : LocalDate.parse(letter.letterOrReportDate());
        form.reviewLead = letter.reviewerLead();
        form.reviewLeadRole = letter.reviewerRoleOrg();
        form.frameworkChoice = frameworkChoice;
        form.newFrameworkName = newFrameworkName;
        form.newFrameworkThemes = String.join("\n", letter.frameworkThemes());
        List<LineOfEnquiry> lines = letter.linesOfEnquiry();
        for (int i = 0; i < lines.size(); i++) {
            DraftItemForm item = form.add("lines_of_enquiry", i, DraftItemKind.LINE_OF_ENQUIRY, "",
                    lines.get(i).question());
            item.setFindingSummary(lines.get(i).findingSummary());
        }
        form.addAll("summary_strengths", DraftItemKind.STRENGTH, letter.summaryStrengths());
        form.addAll("summary_areas_for_consideration", DraftItemKind.AREA_FOR_CONSIDERATION,
                letter.summaryAreasForConsideration());
        List<DetailedFinding> findings = letter.detailedFindings();
        for (int i = 0; i < findings.size(); i++) {
            DetailedFinding finding = findings.get(i);
            String theme = finding.theme() == null ? "" : ThemeNames.match(finding.theme(), frameworkThemes)
                    .orElse(finding.theme());
            form.add("detailed_findings", i, LetterExtraction.STRENGTH.equals(finding.kind())
                    ? DraftItemKind.STRENGTH : DraftItemKind.AREA_FOR_CONSIDERATION, theme, finding.text());
        }
        List<Priority> priorities = letter.prioritiesOrRecommendations();
        for (int i = 0; i < priorities.size(); i++) {
            DraftItemForm item = form.add("priorities_or_recommendations", i, DraftItemKind.RECOMMENDATION, "",
                    priorities.get(i).text());
            item.setRef(priorities.get(i).ref());
            item.setGroup(priorities.get(i).group());
        }
        form.tidy(frameworkThemes);
        return form;
    }

    private void addAll(String field, DraftItemKind kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            add(field, i, kind, "", texts.get(i));
        }
    }

    private DraftItemForm add(String field, int index, DraftItemKind kind, String theme, String text) {
        DraftItemForm item = new DraftItemForm(LetterDraft.key(field, index), kind, theme, text, items.size() + 1);
        items.add(item);
        return item;
    }

    /**
     * Applies the manager's changes: deleted items go, the new item joins, themes follow the chosen framework,
     * and items are put in order (section by section, by position) and numbered again within their section.
     */
    void tidy(List<String> frameworkThemes) {
        List<DraftItemForm> kept = new ArrayList<>(items.stream().filter(item -> !item.isDelete()).toList());
        if (newItem != null && newItem.hasText() && newItem.getKind() != null) {
            newItem.setKey(null);
            if (newItem.getPosition() == null) {
                newItem.setPosition(Integer.MAX_VALUE);
            }
            kept.add(newItem);
        }
        newItem = DraftItemForm.blank();
        for (DraftItemForm item : kept) {
            if (item.getTheme() == null) {
                item.setTheme("");
            }
            if (item.getKind() != null && item.getKind().isFinding() && !item.getTheme().isBlank()
                    && !frameworkThemes.contains(item.getTheme())) {
                ThemeNames.match(item.getTheme(), frameworkThemes).ifPresent(item::setTheme);
            }
        }
        Map<DraftItemForm, Integer> arrival = new HashMap<>();
        kept.forEach(item -> arrival.put(item, arrival.size()));
        kept.sort(Comparator.comparing((DraftItemForm item) -> section(item, frameworkThemes))
                .thenComparing(item -> item.getPosition() == null ? Integer.MAX_VALUE : item.getPosition())
                .thenComparing(arrival::get));
        Section previous = null;
        int position = 0;
        for (DraftItemForm item : kept) {
            Section current = section(item, frameworkThemes);
            position = current.equals(previous) ? position + 1 : 1;
            item.setPosition(position);
            previous = current;
        }
        items = kept;
    }

    /**
     * The part of the review an item belongs to, in page order: lines of enquiry, summary strengths, summary areas,
     * each theme's strengths then areas (framework themes in order, other headings after), recommendations.
     */
    record Section(int rank, int themeOrder, String theme, int kindOrder) implements Comparable<Section> {

        static final int LINES_OF_ENQUIRY = 0;
        static final int SUMMARY_STRENGTHS = 1;
        static final int SUMMARY_AREAS = 2;
        static final int THEMES = 3;
        static final int RECOMMENDATIONS = 4;

        @Override
        public int compareTo(Section other) {
            return Comparator.comparingInt(Section::rank).thenComparingInt(Section::themeOrder)
                    .thenComparing(Section::theme).thenComparingInt(Section::kindOrder).compare(this, other);
        }
    }

    static Section section(DraftItemForm item, List<String> frameworkThemes) {
        DraftItemKind kind = item.getKind() == null ? DraftItemKind.STRENGTH : item.getKind();
        String theme = item.getTheme() == null ? "" : item.getTheme();
        return switch (kind) {
            case LINE_OF_ENQUIRY -> new Section(Section.LINES_OF_ENQUIRY, 0, "", 0);
            case RECOMMENDATION -> new Section(Section.RECOMMENDATIONS, 0, "", 0);
            default -> {
                int kindOrder = kind == DraftItemKind.STRENGTH ? 0 : 1;
                if (theme.isBlank()) {
                    yield new Section(kindOrder == 0 ? Section.SUMMARY_STRENGTHS : Section.SUMMARY_AREAS, 0, "", 0);
                }
                int order = frameworkThemes.indexOf(theme);
                yield new Section(Section.THEMES, order < 0 ? frameworkThemes.size() : order, theme, kindOrder);
            }
        };
    }

    /** What only a confirmation checks: every kept item has text, a new framework has a name and themes. */
    void checkBeforeConfirming(Errors errors, boolean frameworkNameTaken) {
        for (int i = 0; i < items.size(); i++) {
            DraftItemForm item = items.get(i);
            if (item.isDelete()) {
                continue;
            }
            if (!item.hasText()) {
                errors.rejectValue("items[" + i + "].text", "letters.item.text.required", new Object[] {
                        item.getPosition(), new DefaultMessageSourceResolvable("letters.kind." + item.getKind())}, null);
            } else if (item.getKind() == DraftItemKind.LINE_OF_ENQUIRY && item.getText().strip().length() > QUESTION_MAX) {
                errors.rejectValue("items[" + i + "].text", "letters.item.question.tooLong",
                        new Object[] {QUESTION_MAX}, null);
            }
        }
        if (NEW_FRAMEWORK.equals(frameworkChoice)) {
            if (newFrameworkName == null || newFrameworkName.isBlank()) {
                errors.rejectValue("newFrameworkName", "framework.name.required");
            } else if (frameworkNameTaken) {
                errors.rejectValue("newFrameworkName", "framework.name.taken");
            }
            if (newThemes().isEmpty()) {
                errors.rejectValue("newFrameworkThemes", "framework.themes.required");
            }
        }
    }

    List<String> newThemes() {
        if (newFrameworkThemes == null) {
            return List.of();
        }
        return Arrays.stream(newFrameworkThemes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .distinct().toList();
    }

    Long frameworkId() {
        return frameworkChoice == null || !frameworkChoice.matches("\\d+") ? null : Long.valueOf(frameworkChoice);
    }

    boolean wantsNewFramework() {
        return NEW_FRAMEWORK.equals(frameworkChoice);
    }

    /** The confirmed review: kept items with text, in their order. */
    ReviewImport toImport(String fileName) {
        List<ReviewImport.Item> kept = items.stream()
                .filter(item -> !item.isDelete() && item.hasText() && item.getKind() != null)
                .map(item -> new ReviewImport.Item(item.getKind(), Text.blankToNull(item.getTheme()), item.getText().strip(),
                        Text.blankToNull(item.getRef()), Text.blankToNull(item.getGroup()), Text.blankToNull(item.getFindingSummary())))
                .toList();
        return new ReviewImport(organisationName.strip(), reviewType, title.strip(), Text.blankToNull(fieldworkDates),
                letterDate, Text.blankToNull(reviewLead), Text.blankToNull(reviewLeadRole), frameworkId(),
                wantsNewFramework() ? newFrameworkName.strip() : null, wantsNewFramework() ? newThemes() : List.of(),
                kept, fileName);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public ReviewType getReviewType() {
        return reviewType;
    }

    public void setReviewType(ReviewType reviewType) {
        this.reviewType = reviewType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFieldworkDates() {
        return fieldworkDates;
    }

    public void setFieldworkDates(String fieldworkDates) {
        this.fieldworkDates = fieldworkDates;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getReviewLead() {
        return reviewLead;
    }

    public void setReviewLead(String reviewLead) {
        this.reviewLead = reviewLead;
    }

    public String getReviewLeadRole() {
        return reviewLeadRole;
    }

    public void setReviewLeadRole(String reviewLeadRole) {
        this.reviewLeadRole = reviewLeadRole;
    }

    public String getFrameworkChoice() {
        return frameworkChoice;
    }

    public void setFrameworkChoice(String frameworkChoice) {
        this.frameworkChoice = frameworkChoice;
    }

    public String getNewFrameworkName() {
        return newFrameworkName;
    }

    public void setNewFrameworkName(String newFrameworkName) {
        this.newFrameworkName = newFrameworkName;
    }

    public String getNewFrameworkThemes() {
        return newFrameworkThemes;
    }

    public void setNewFrameworkThemes(String newFrameworkThemes) {
        this.newFrameworkThemes = newFrameworkThemes;
    }

    public List<DraftItemForm> getItems() {
        return items;
    }

    public void setItems(List<DraftItemForm> items) {
        this.items = items;
    }

    public DraftItemForm getNewItem() {
        return newItem;
    }

    public void setNewItem(DraftItemForm newItem) {
        this.newItem = newItem;
    }
}
