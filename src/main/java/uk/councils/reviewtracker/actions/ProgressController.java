package uk.councils.reviewtracker.actions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.UnsavedInput;
import uk.councils.reviewtracker.users.SignedInUser;

/** Officers (and managers) report progress on an action: status, note, evidence, a new target. */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class ProgressController {

    private static final String FORM = "actions/progress";

    private final ActionService actions;
    private final ActionPermissions permissions;
    private final RagRule ragRule;

    ProgressController(ActionService actions, ActionPermissions permissions, RagRule ragRule) {
        this.actions = actions;
        this.permissions = permissions;
        this.ragRule = ragRule;
    }

    @GetMapping("/actions/{id}/progress")
    String form(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user,
                HttpServletRequest request) {
        RatedAction rated = actions.rated(id);
        permissions.requireProgressReporter(user, rated.action());
        ProgressForm form = ProgressForm.of(rated.action());
        model.addAttribute("unsavedRestored", UnsavedInput.restore(request, form));
        model.addAttribute("form", form);
        return show(rated, user, model);
    }

    @PostMapping("/actions/{id}/progress")
    String report(@PathVariable Long id, @Valid @ModelAttribute("form") ProgressForm form, BindingResult result,
                  Model model, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        RatedAction rated = actions.rated(id);
        permissions.requireProgressReporter(user, rated.action());
        form.check(rated.action(), permissions.canManage(user), result);
        if (result.hasErrors()) {
            return show(rated, user, model);
        }
        if (!ConcurrentEditException.saves(() -> actions.reportProgress(id, form.getVersion(), form.report(), user))) {
            RatedAction current = actions.rated(id);
            model.addAttribute("conflictUpdates", changesSince(id, form.getVersion(), current.action()));
            form.setVersion(current.action().getVersion());
            return show(current, user, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/actions/" + id;
    }

    /** The other person's updates the user has not seen: those saved after the page was opened. */
    private List<ProgressUpdate> changesSince(Long id, long versionSeen, Action current) {
        List<ProgressUpdate> history = actions.history(id);
        long unseen = Math.max(1, current.getVersion() - versionSeen);
        return new ArrayList<>(history.subList(0, (int) Math.min(unseen, history.size())));
    }

    private String show(RatedAction rated, SignedInUser user, Model model) {
        boolean manager = permissions.canManage(user);
        model.addAttribute("action", rated.action());
        model.addAttribute("rated", rated);
        model.addAttribute("manager", manager);
        List<ActionStatus> statuses = StatusTransitions.choices(rated.action().getStatus(), manager);
        model.addAttribute("statuses", statuses);
        Map<ActionStatus, Rag> onSaving = new EnumMap<>(ActionStatus.class);
        statuses.forEach(status -> onSaving.put(status, ragRule.rateOnSaving(status, rated.action().getTargetDate())));
        model.addAttribute("ratingOnSaving", onSaving);
        model.addAttribute("pastTarget", ragRule.pastTarget(rated.action().getTargetDate()));
        return FORM;
    }
}
