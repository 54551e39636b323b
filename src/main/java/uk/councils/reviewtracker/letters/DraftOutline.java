package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The draft page in sections, in page order, so that a long draft is checked section by section: what each section
 * holds, what was found for it, and whether it opens by itself. A section opens when it needs the manager: a field in
 * it has an error, the letter gave nothing for it, or the manager has just updated the draft from it. Items keep
 * their index in the form, so their fields stay {@code items[i]} and the error summary still links to them.
 */
record DraftOutline(Section about, Section framework, List<Section> lists, List<Section> themes,
                    Section recommendations, Section add, List<Warning> warnings) {

    static final String ABOUT = "about";
    static final String FRAMEWORK = "framework";
    static final String LINES_OF_ENQUIRY = "lines-of-enquiry";
    static final String SUMMARY_STRENGTHS = "summary-strengths";
    static final String SUMMARY_AREAS = "summary-areas";
    static final String FINDINGS = "findings";
    static final String RECOMMENDATIONS = "recommendations";
    static final String ADD = "add";

    private static final Set<String> ABOUT_FIELDS = Set.of("organisationName", "reviewType", "title",
            "fieldworkDates", "letterDate", "reviewLead", "reviewLeadRole");
    private static final Set<String> FRAMEWORK_FIELDS = Set.of("frameworkChoice", "newFrameworkName",
            "newFrameworkThemes");

    /**
     * A part of the page: {@code found} says in a few words what the letter gave for it (shown in its heading and in
     * the summary at the top); {@code groups} are its items, a theme's strengths then its areas.
     */
    record Section(String id, String title, String found, boolean empty, boolean open, List<Group> groups) {
    }

    /** Items of one kind within a section; {@code title} is null where the section has one kind only. */
    record Group(String title, List<Integer> items) {
    }

    /** A warning of the extraction and the section it is about ({@code null} when it names none). */
    record Warning(String text, String sectionId) {
    }

    /**
     * @param frameworkThemes the themes of the framework the manager chose, in order
     * @param warnings        what the extraction says it did not find, one sentence per field it is about
     * @param reopened        the section the manager last updated the draft from, or null
     */
    static DraftOutline of(DraftReviewForm form, List<String> frameworkThemes, Map<String, String> warnings, Errors errors,
                           String reopened, MessageSourceAccessor messages) {
        List<Warning> linked = warnings.entrySet().stream()
                .map(warning -> new Warning(warning.getValue(), sectionOf(warning.getKey()))).toList();
        Outliner outliner = new Outliner(form, frameworkThemes, errors, reopened, linked, messages);
        return new DraftOutline(outliner.about(), outliner.framework(),
                List.of(outliner.list(DraftReviewForm.Section.LINES_OF_ENQUIRY, LINES_OF_ENQUIRY, "letters.section.linesOfEnquiry"),
                        outliner.list(DraftReviewForm.Section.SUMMARY_STRENGTHS, SUMMARY_STRENGTHS, "letters.section.summaryStrengths"),
                        outliner.list(DraftReviewForm.Section.SUMMARY_AREAS, SUMMARY_AREAS, "letters.section.summaryAreas")),
                outliner.themes(),
                outliner.list(DraftReviewForm.Section.RECOMMENDATIONS, RECOMMENDATIONS, "letters.section.recommendations"),
                new Section(ADD, messages.getMessage("letters.draft.add"), "", false,
                        outliner.fieldsWithErrors.contains("newItem") || outliner.needsOpening(ADD), List.of()),
                linked);
    }

    /** Sorts the form's items into their sections once, and knows which fields have errors. */
    private static final class Outliner {

        private final DraftReviewForm form;
        private final List<String> frameworkThemes;
        private final String reopened;
        private final Set<String> warned = new HashSet<>();
        private final MessageSourceAccessor messages;
        private final Map<DraftReviewForm.Section, List<Integer>> bySection = new TreeMap<>();
        private final Set<Integer> itemsWithErrors = new HashSet<>();
        private final Set<String> fieldsWithErrors = new HashSet<>();

        Outliner(DraftReviewForm form, List<String> frameworkThemes, Errors errors, String reopened,
                 List<Warning> warnings, MessageSourceAccessor messages) {
            this.form = form;
            this.frameworkThemes = frameworkThemes;
            this.reopened = reopened;
            this.messages = messages;
            warnings.forEach(warning -> warned.add(warning.sectionId()));
            for (int i = 0; i < form.getItems().size(); i++) {
                bySection.computeIfAbsent(DraftReviewForm.section(form.getItems().get(i), frameworkThemes),
                        section -> new ArrayList<>()).add(i);
            }
            for (FieldError error : errors.getFieldErrors()) {
                String field = error.getField();
                fieldsWithErrors.add(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
                if (field.startsWith("items[")) {
                    itemsWithErrors.add(Integer.valueOf(field.substring("items[".length(), field.indexOf(']'))));
                }
            }
        }

        boolean needsOpening(String id) {
            return id.equals(reopened) || warned.contains(id);
        }

        private boolean hasError(List<Integer> items) {
            return items.stream().anyMatch(itemsWithErrors::contains);
        }

        /** Open when a detail has an error or a required one (organisation, title) was not found. */
        Section about() {
            List<String> missing = new ArrayList<>();
            details().forEach((label, value) -> {
                if (value == null || isBlank(value.toString())) {
                    missing.add(messages.getMessage(label));
                }
            });
            String found = missing.isEmpty() ? messages.getMessage("letters.draft.found.allDetails")
                    : messages.getMessage("letters.draft.found.missingDetails", new Object[] {String.join(", ", missing)});
            boolean open = fieldsWithErrors.stream().anyMatch(ABOUT_FIELDS::contains)
                    || isBlank(form.getOrganisationName()) || isBlank(form.getTitle()) || needsOpening(ABOUT);
            return new Section(ABOUT, messages.getMessage("letters.draft.about"), found, false, open, List.of());
        }

        /** Open unless the letter's themes matched a saved framework: a new framework or none is the manager's call. */
        Section framework() {
            boolean saved = form.frameworkId() != null;
            String found = frameworkThemes.isEmpty() ? messages.getMessage("letters.draft.found.noThemes")
                    : messages.getMessage(saved ? "letters.draft.found.framework" : "letters.draft.found.newFramework",
                    new Object[] {frameworkThemes.size()});
            boolean open = !saved || fieldsWithErrors.stream().anyMatch(FRAMEWORK_FIELDS::contains)
                    || needsOpening(FRAMEWORK);
            return new Section(FRAMEWORK, messages.getMessage("letters.draft.framework"), found,
                    frameworkThemes.isEmpty(), open, List.of());
        }

        /** A section of one kind of item; open when empty, so that it says so. */
        Section list(int rank, String id, String titleKey) {
            List<Integer> items = bySection.getOrDefault(new DraftReviewForm.Section(rank, 0, "", 0), List.of());
            return new Section(id, messages.getMessage(titleKey), found(items.size()), items.isEmpty(),
                    items.isEmpty() || hasError(items) || needsOpening(id), List.of(new Group(null, items)));
        }

        /** One section per theme: the framework's themes in order, even those without findings, then other headings. */
        List<Section> themes() {
            Map<String, List<List<Integer>>> byTheme = new LinkedHashMap<>();
            frameworkThemes.forEach(theme -> byTheme.put(theme, List.of(new ArrayList<>(), new ArrayList<>())));
            bySection.forEach((section, items) -> {
                if (section.rank() == DraftReviewForm.Section.THEMES) {
                    byTheme.computeIfAbsent(section.theme(), theme -> List.of(new ArrayList<>(), new ArrayList<>()))
                            .get(section.kindOrder()).addAll(items);
                }
            });
            List<Section> themes = new ArrayList<>();
            byTheme.forEach((theme, kinds) -> {
                String id = "theme-" + (themes.size() + 1);
                List<Integer> strengths = kinds.get(0);
                List<Integer> areas = kinds.get(1);
                List<Integer> all = new ArrayList<>(strengths);
                all.addAll(areas);
                String title = frameworkThemes.contains(theme) ? theme
                        : messages.getMessage("letters.theme.asWritten", new Object[] {theme});
                String found = all.isEmpty() ? found(0) : messages.getMessage("letters.draft.found.theme",
                        new Object[] {strengths.size(), areas.size()});
                themes.add(new Section(id, title, found, all.isEmpty(), hasError(all) || needsOpening(id), List.of(
                        new Group(messages.getMessage("letters.section.themeStrengths", new Object[] {title}), strengths),
                        new Group(messages.getMessage("letters.section.themeAreas", new Object[] {title}), areas))));
            });
            return List.copyOf(themes);
        }

        private Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("review.organisationName", form.getOrganisationName());
            details.put("review.title", form.getTitle());
            details.put("review.letterDate", form.getLetterDate());
            details.put("review.fieldworkDates", form.getFieldworkDates());
            details.put("review.reviewLead", form.getReviewLead());
            details.put("review.reviewLeadRole", form.getReviewLeadRole());
            return details;
        }

        private String found(int count) {
            return messages.getMessage("letters.draft.found.count", new Object[] {count});
        }
    }

    /** Whether any theme has findings: if none has, the page says so once rather than once per theme. */
    public boolean hasFindings() {
        return themes.stream().anyMatch(section -> !section.empty());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The section of the draft that shows a field of the extraction, by the field's name; null for none. */
    static String sectionOf(String field) {
        return switch (field) {
            case "framework_themes" -> FRAMEWORK;
            case "lines_of_enquiry" -> LINES_OF_ENQUIRY;
            case "summary_strengths" -> SUMMARY_STRENGTHS;
            case "summary_areas_for_consideration" -> SUMMARY_AREAS;
            case "detailed_findings" -> FINDINGS;
            case "priorities_or_recommendations" -> RECOMMENDATIONS;
            default -> null;
        };
    }
}
