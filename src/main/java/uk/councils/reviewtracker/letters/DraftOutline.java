package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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

        int size() {
            return groups.stream().mapToInt(group -> group.items().size()).sum();
        }
    }

    /** Items of one kind within a section; {@code title} is null where the section has one kind only. */
    record Group(String title, List<Integer> items) {
    }

    /** A warning of the extraction and the section it is about ({@code null} when it names none). */
    record Warning(String text, String sectionId) {
    }

    /**
     * @param frameworkThemes the themes of the framework the manager chose, in order
     * @param warnings        what the extraction says it did not find, one sentence per section
     * @param reopened        the section the manager last updated the draft from, or null
     */
    static DraftOutline of(DraftReviewForm form, List<String> frameworkThemes, List<String> warnings, Errors errors,
                           String reopened, MessageSourceAccessor messages) {
        List<Warning> linked = warnings.stream().map(text -> new Warning(text, sectionNamedBy(text))).toList();
        Set<String> warned = new HashSet<>();
        linked.forEach(warning -> warned.add(warning.sectionId()));
        Predicate<String> needsOpening = id -> id.equals(reopened) || warned.contains(id);

        Map<DraftReviewForm.Section, List<Integer>> bySection = new TreeMap<>();
        for (int i = 0; i < form.getItems().size(); i++) {
            bySection.computeIfAbsent(DraftReviewForm.section(form.getItems().get(i), frameworkThemes),
                    section -> new ArrayList<>()).add(i);
        }
        Set<Integer> itemsWithErrors = new HashSet<>();
        Set<String> fieldsWithErrors = new HashSet<>();
        for (FieldError error : errors.getFieldErrors()) {
            String field = error.getField();
            fieldsWithErrors.add(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
            if (field.startsWith("items[")) {
                itemsWithErrors.add(Integer.valueOf(field.substring("items[".length(), field.indexOf(']'))));
            }
        }
        Predicate<List<Integer>> hasError = items -> items.stream().anyMatch(itemsWithErrors::contains);

        List<String> missing = new ArrayList<>();
        details(form).forEach((label, value) -> {
            if (value == null || isBlank(value.toString())) {
                missing.add(messages.getMessage(label));
            }
        });
        boolean aboutHasError = fieldsWithErrors.stream().anyMatch(ABOUT_FIELDS::contains);
        Section about = new Section(ABOUT, messages.getMessage("letters.draft.about"), missing.isEmpty()
                ? messages.getMessage("letters.draft.found.allDetails")
                : messages.getMessage("letters.draft.found.missingDetails", new Object[] {String.join(", ", missing)}),
                false, aboutHasError || isBlank(form.getOrganisationName()) || isBlank(form.getTitle())
                        || needsOpening.test(ABOUT), List.of());

        boolean frameworkChosen = form.frameworkId() != null;
        String frameworkFound = frameworkThemes.isEmpty() ? messages.getMessage("letters.draft.found.noThemes")
                : messages.getMessage(frameworkChosen ? "letters.draft.found.framework" : "letters.draft.found.newFramework",
                        new Object[] {frameworkThemes.size()});
        Section framework = new Section(FRAMEWORK, messages.getMessage("letters.draft.framework"), frameworkFound,
                frameworkThemes.isEmpty(), !frameworkChosen || fieldsWithErrors.stream().anyMatch(FRAMEWORK_FIELDS::contains)
                        || needsOpening.test(FRAMEWORK), List.of());

        List<Section> lists = new ArrayList<>();
        List<Section> themes = new ArrayList<>();
        Section recommendations = null;
        Map<String, List<List<Integer>>> themeGroups = new LinkedHashMap<>();
        frameworkThemes.forEach(theme -> themeGroups.put(theme, List.of(new ArrayList<>(), new ArrayList<>())));
        for (int rank : new int[] {DraftReviewForm.Section.LINES_OF_ENQUIRY, DraftReviewForm.Section.SUMMARY_STRENGTHS,
                DraftReviewForm.Section.SUMMARY_AREAS, DraftReviewForm.Section.RECOMMENDATIONS}) {
            List<Integer> items = bySection.getOrDefault(new DraftReviewForm.Section(rank, 0, "", 0), List.of());
            String id = switch (rank) {
                case DraftReviewForm.Section.LINES_OF_ENQUIRY -> LINES_OF_ENQUIRY;
                case DraftReviewForm.Section.SUMMARY_STRENGTHS -> SUMMARY_STRENGTHS;
                case DraftReviewForm.Section.SUMMARY_AREAS -> SUMMARY_AREAS;
                default -> RECOMMENDATIONS;
            };
            String title = messages.getMessage(switch (rank) {
                case DraftReviewForm.Section.LINES_OF_ENQUIRY -> "letters.section.linesOfEnquiry";
                case DraftReviewForm.Section.SUMMARY_STRENGTHS -> "letters.section.summaryStrengths";
                case DraftReviewForm.Section.SUMMARY_AREAS -> "letters.section.summaryAreas";
                default -> "letters.section.recommendations";
            });
            Section section = new Section(id, title, found(items.size(), messages),
                    items.isEmpty(), items.isEmpty() || hasError.test(items) || needsOpening.test(id),
                    List.of(new Group(null, items)));
            if (rank == DraftReviewForm.Section.RECOMMENDATIONS) {
                recommendations = section;
            } else {
                lists.add(section);
            }
        }
        bySection.forEach((section, items) -> {
            if (section.rank() == DraftReviewForm.Section.THEMES) {
                List<List<Integer>> kinds = themeGroups.computeIfAbsent(section.theme(),
                        theme -> List.of(new ArrayList<>(), new ArrayList<>()));
                kinds.get(section.kindOrder()).addAll(items);
            }
        });
        themeGroups.forEach((theme, kinds) -> {
            String id = "theme-" + (themes.size() + 1);
            List<Integer> all = new ArrayList<>(kinds.get(0));
            all.addAll(kinds.get(1));
            String title = frameworkThemes.contains(theme) ? theme
                    : messages.getMessage("letters.theme.asWritten", new Object[] {theme});
            themes.add(new Section(id, title, messages.getMessage("letters.draft.found.theme",
                    new Object[] {kinds.get(0).size(), kinds.get(1).size()}), all.isEmpty(),
                    hasError.test(all) || needsOpening.test(id),
                    List.of(new Group(messages.getMessage("letters.section.themeStrengths", new Object[] {title}), kinds.get(0)),
                            new Group(messages.getMessage("letters.section.themeAreas", new Object[] {title}), kinds.get(1)))));
        });
        Section add = new Section(ADD, messages.getMessage("letters.draft.add"), "", false,
                fieldsWithErrors.contains("newItem") || needsOpening.test(ADD), List.of());
        return new DraftOutline(about, framework, List.copyOf(lists), List.copyOf(themes), recommendations, add,
                linked);
    }

    /** Every section that can open, so that "open all" and the tests can reach them. */
    List<Section> sections() {
        List<Section> all = new ArrayList<>(List.of(about, framework));
        all.addAll(lists);
        all.addAll(themes);
        all.add(recommendations);
        all.add(add);
        return all;
    }

    int findingsCount() {
        return themes.stream().mapToInt(Section::size).sum();
    }

    private static Map<String, Object> details(DraftReviewForm form) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("review.organisationName", form.getOrganisationName());
        details.put("review.title", form.getTitle());
        details.put("review.letterDate", form.getLetterDate());
        details.put("review.fieldworkDates", form.getFieldworkDates());
        details.put("review.reviewLead", form.getReviewLead());
        details.put("review.reviewLeadRole", form.getReviewLeadRole());
        return details;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String found(int count, MessageSourceAccessor messages) {
        return messages.getMessage("letters.draft.found.count", new Object[] {count});
    }

    /**
     * The section a warning is about, by the words warnings use for it ("No lines of enquiry were found: ..."). Findings
     * per theme come before themes and the summary before either, as their warnings also name themes or findings.
     */
    static String sectionNamedBy(String warning) {
        String text = warning.toLowerCase(Locale.ROOT);
        if (text.contains("detailed finding") || text.contains("per theme") || text.contains("findings table")) {
            return FINDINGS;
        }
        if (text.contains("summary")) {
            return text.contains("strength") || !text.contains("area") ? SUMMARY_STRENGTHS : SUMMARY_AREAS;
        }
        if (text.contains("enquiry") || text.contains("enquiries")) {
            return LINES_OF_ENQUIRY;
        }
        if (text.contains("recommendation") || text.contains("priorit")) {
            return RECOMMENDATIONS;
        }
        if (text.contains("theme") || text.contains("framework") || text.contains("signpost")) {
            return FRAMEWORK;
        }
        if (text.contains("organisation") || text.contains("title") || text.contains("date") || text.contains("lead")) {
            return ABOUT;
        }
        return null;
    }
}
