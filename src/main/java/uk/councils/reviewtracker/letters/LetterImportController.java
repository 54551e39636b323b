package uk.councils.reviewtracker.letters;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * A manager uploads a review letter, checks and corrects the draft review read from it, and confirms it. Until the
 * confirmation the draft lives only in the manager's session: nothing is written to the review tables.
 */
@Controller
@RequestMapping("/reviews/import-letter")
@PreAuthorize("hasRole('MANAGER')")
class LetterImportController {

    /** Enough rows for the longest letters; Spring's default of 256 would cut a long draft short. */
    private static final int MAX_ITEMS = 2000;
    private static final String UPLOAD = "letters/upload";
    private static final String DRAFT = "letters/draft";
    private static final String TO_UPLOAD = "redirect:/reviews/import-letter";
    private static final String TO_DRAFT = "redirect:/reviews/import-letter/draft";

    private final LetterImportService imports;
    private final FrameworkService frameworks;
    private final EnumOptions enumOptions;
    private final MessageSourceAccessor messages;
    private final DataSize maxFileSize;

    LetterImportController(LetterImportService imports, FrameworkService frameworks, EnumOptions enumOptions,
                           MessageSourceAccessor messages,
                           @Value("${app.letters.max-file-size}") DataSize maxFileSize) {
        this.imports = imports;
        this.frameworks = frameworks;
        this.enumOptions = enumOptions;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @InitBinder("form")
    void allowLongDrafts(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ITEMS);
    }

    @ModelAttribute("maxMegabytes")
    long maxMegabytes() {
        return maxFileSize.toMegabytes();
    }

    @GetMapping
    String uploadForm(@ModelAttribute("form") LetterUploadForm form, BindingResult result,
                      @RequestParam(required = false) String problem, HttpSession session, Model model) {
        if ("tooLarge".equals(problem)) {
            result.rejectValue("file", "letters.problem.TOO_LARGE", new Object[] {maxFileSize.toMegabytes()}, null);
        } else if ("expired".equals(problem)) {
            model.addAttribute("expired", true);
        }
        LetterDraft draft = (LetterDraft) session.getAttribute(LetterDraft.SESSION_ATTRIBUTE);
        if (draft != null) {
            model.addAttribute("draftFileName", draft.fileName());
        }
        return UPLOAD;
    }

    @PostMapping
    String upload(@ModelAttribute("form") LetterUploadForm form, BindingResult result, HttpSession session)
            throws IOException {
        MultipartFile file = form.getFile();
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            result.rejectValue("file", "letters.file.required");
            return UPLOAD;
        }
        try {
            if (file.getSize() > maxFileSize.toBytes()) {
                throw new UnreadableLetterException(Problem.TOO_LARGE, maxFileSize.toMegabytes());
            }
            String name = file.getOriginalFilename();
            session.setAttribute(LetterDraft.SESSION_ATTRIBUTE,
                    LetterDraft.of(name, LetterExtractor.extract(name, file.getBytes())));
            return TO_DRAFT;
        } catch (UnreadableLetterException e) {
            result.rejectValue("file", e.messageKey(), e.messageArguments(), null);
            return UPLOAD;
        }
    }

    /**
     * The draft as the manager last submitted it, or as read from the letter before the first submit.
     * {@code open} names the section the manager last updated the draft from, so it opens again.
     */
    @GetMapping("/draft")
    String draft(@RequestParam(required = false) String open, HttpSession session, Model model) {
        LetterDraft draft = (LetterDraft) session.getAttribute(LetterDraft.SESSION_ATTRIBUTE);
        if (draft == null) {
            return TO_UPLOAD;
        }
        DraftReviewForm form = draft.form() != null ? draft.form() : fromLetter(draft.extraction());
        model.addAttribute("form", form);
        return page(form, new BeanPropertyBindingResult(form, "form"), open, draft, model);
    }

    /**
     * Every submit keeps the form in the session first, errors and all, so that nothing typed is lost; a valid
     * update then shows the draft in order again, from the section it was made in ({@code section}).
     */
    @PostMapping("/draft")
    String update(@Valid @ModelAttribute("form") DraftReviewForm form, BindingResult result,
                  @RequestParam(defaultValue = "update") String action,
                  @RequestParam(required = false) String section, HttpSession session, Model model) {
        LetterDraft draft = (LetterDraft) session.getAttribute(LetterDraft.SESSION_ATTRIBUTE);
        if (draft == null) {
            return TO_UPLOAD + "?problem=expired";
        }
        boolean confirm = "confirm".equals(action);
        if (confirm && !result.hasErrors()) {
            form.checkBeforeConfirming(result, imports.frameworkNameTaken(form.getNewFrameworkName()));
            if (imports.reviewExists(form.getOrganisationName(), form.getTitle())) {
                result.rejectValue("title", "letters.review.exists");
            }
        }
        if (result.hasErrors()) {
            session.setAttribute(LetterDraft.SESSION_ATTRIBUTE, draft.withForm(form));
            return page(form, result, section, draft, model);
        }
        form.tidy(themes(form));
        session.setAttribute(LetterDraft.SESSION_ATTRIBUTE, draft.withForm(form));
        if (!confirm) {
            return section == null || !section.matches("[a-z0-9-]+") ? TO_DRAFT
                    : TO_DRAFT + "?open=" + section + "#" + section;
        }
        Long reviewId = imports.create(form.toImport(draft.fileName())).getId();
        session.removeAttribute(LetterDraft.SESSION_ATTRIBUTE);
        return "redirect:/reviews/" + reviewId;
    }

    @PostMapping("/discard")
    String discard(HttpSession session) {
        session.removeAttribute(LetterDraft.SESSION_ATTRIBUTE);
        return TO_UPLOAD;
    }

    private DraftReviewForm fromLetter(LetterExtraction letter) {
        Framework framework = imports.frameworkFor(letter.frameworkThemes()).orElse(null);
        String choice = framework != null ? framework.getId().toString()
                : letter.frameworkThemes().isEmpty() ? "" : DraftReviewForm.NEW_FRAMEWORK;
        return DraftReviewForm.of(letter, choice,
                framework == null ? letter.frameworkThemes() : imports.themeNames(framework.getId()),
                imports.newFrameworkName(letter.title()));
    }

    private List<String> themes(DraftReviewForm form) {
        return form.wantsNewFramework() ? form.newThemes() : imports.themeNames(form.frameworkId());
    }

    private String page(DraftReviewForm form, Errors errors, String open, LetterDraft draft, Model model) {
        List<String> themes = themes(form);
        model.addAttribute("fileName", draft.fileName());
        model.addAttribute("notes", draft.notes());
        model.addAttribute("passages", draft.passages());
        model.addAttribute("reviewTypes", enumOptions.of(ReviewType.values(), "reviewType."));
        model.addAttribute("kinds", enumOptions.of(DraftItemKind.values(), "letters.kind."));
        model.addAttribute("frameworks", frameworkOptions());
        model.addAttribute("themes", themeOptions(form, themes));
        model.addAttribute("outline", DraftOutline.of(form, themes, draft.warnings(), errors, open,
                messages));
        return DRAFT;
    }

    private List<Option> frameworkOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option(DraftReviewForm.NEW_FRAMEWORK, messages.getMessage("letters.framework.new")));
        frameworks.all().forEach(framework -> options.add(new Option(framework.getId(), framework.getName())));
        return options;
    }

    /** The summary, the chosen framework's themes, then any other heading an item carries, so none is lost. */
    private List<Option> themeOptions(DraftReviewForm form, List<String> themes) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", messages.getMessage("letters.theme.summary"));
        themes.forEach(theme -> options.put(theme, theme));
        form.getItems().stream().map(DraftItemForm::getTheme)
                .filter(theme -> theme != null && !theme.isBlank())
                .forEach(theme -> options.putIfAbsent(theme,
                        messages.getMessage("letters.theme.asWritten", new Object[] {theme})));
        return options.entrySet().stream().map(entry -> new Option(entry.getKey(), entry.getValue())).toList();
    }
}
