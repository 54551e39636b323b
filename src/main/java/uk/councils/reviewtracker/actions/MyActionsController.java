package uk.councils.reviewtracker.actions;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.PageOf;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;

/** The officer's home: the actions they lead, what needs attention first. */
@Controller
class MyActionsController {

    private final ActionService actions;
    private final EnumOptions enumOptions;

    MyActionsController(ActionService actions, EnumOptions enumOptions) {
        this.actions = actions;
        this.enumOptions = enumOptions;
    }

    /** Officers start on their own actions, scrutiny members on the dashboard, everybody else on the reviews. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        Role role = user == null ? null : user.role();
        if (role == Role.OFFICER) {
            return "redirect:/my-actions";
        }
        return role == Role.SCRUTINY ? "redirect:/dashboard" : "redirect:/reviews";
    }

    @GetMapping("/my-actions")
    String myActions(@AuthenticationPrincipal SignedInUser user,
                     @RequestParam(required = false) Rag rag,
                     @RequestParam(required = false) Long review,
                     @RequestParam(required = false) Long theme,
                     @RequestParam(required = false) ActionStatus status,
                     @RequestParam(required = false) Long agency,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "1") int page,
                     Model model) {
        LedActions mine = actions.ledBy(user.id(), new ActionFilter(review, theme, status, agency, dueBefore, q),
                rag, page, PageOf.SIZE);
        model.addAttribute("rag", rag);
        model.addAttribute("counts", mine.counts());
        model.addAttribute("openCount", mine.openCount());
        model.addAttribute("page", PageOf.of(mine.page()));
        model.addAttribute("filter", new FilterValues(review, theme, status, agency, dueBefore, q));
        FilterOptions options = actions.filterOptions();
        model.addAttribute("reviewOptions", options.reviews());
        model.addAttribute("themeOptions", options.themes());
        model.addAttribute("statusOptions", enumOptions.of(ActionStatus.values(), "actionStatus."));
        model.addAttribute("agencyOptions", options.agencies());
        return "actions/mine";
    }

    /** The filter as the form shows it back. */
    record FilterValues(Long review, Long theme, ActionStatus status, Long agency, LocalDate dueBefore, String q) {

        public boolean any() {
            return review != null || theme != null || status != null || agency != null || dueBefore != null
                    || (q != null && !q.isBlank());
        }
    }
}
