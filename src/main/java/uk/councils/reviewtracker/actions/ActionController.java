package uk.councils.reviewtracker.actions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.UnsavedInput;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.UserService;

@Controller
class ActionController {

    private static final String FORM = "actions/form";

    private final ActionService actions;
    private final RecommendationService recommendations;
    private final UserService users;
    private final EnumOptions enumOptions;
    private final ActionPermissions permissions;

    ActionController(ActionService actions, RecommendationService recommendations, UserService users,
                     EnumOptions enumOptions, ActionPermissions permissions) {
        this.permissions = permissions;
        this.actions = actions;
        this.recommendations = recommendations;
        this.users = users;
        this.enumOptions = enumOptions;
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        RatedAction rated = actions.rated(id);
        model.addAttribute("action", rated.action());
        model.addAttribute("rated", rated);
        model.addAttribute("rag", rated.rag());
        model.addAttribute("history", actions.history(id));
        model.addAttribute("canReport", permissions.canReportProgress(user, rated.action()));
        model.addAttribute("canManage", permissions.canManage(user));
        return "actions/show";
    }

    @PostMapping("/actions/{id}/requested-target/approve")
    @PreAuthorize("hasRole('MANAGER')")
    String approve(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
        actions.approveRequestedTarget(id, user);
        return "redirect:/actions/" + id;
    }

    @PostMapping("/actions/{id}/requested-target/decline")
    @PreAuthorize("hasRole('MANAGER')")
    String decline(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
        actions.declineRequestedTarget(id, user);
        return "redirect:/actions/" + id;
    }

    @GetMapping("/recommendations/{recommendationId}/actions/new")
    @PreAuthorize("hasRole('MANAGER')")
    String newForm(@PathVariable Long recommendationId, Model model) {
        model.addAttribute("form", ActionForm.empty());
        return form(recommendations.get(recommendationId), null, model);
    }

    @PostMapping("/recommendations/{recommendationId}/actions")
    @PreAuthorize("hasRole('MANAGER')")
    String create(@PathVariable Long recommendationId, @Valid @ModelAttribute("form") ActionForm form,
                  BindingResult result, Model model, @AuthenticationPrincipal SignedInUser user) {
        Recommendation recommendation = recommendations.get(recommendationId);
        if (invalid(form, result)) {
            return form(recommendation, null, model);
        }
        Action action = actions.add(recommendationId, form.details(), user.displayName());
        return "redirect:/actions/" + action.getId();
    }

    @GetMapping("/actions/{id}/edit")
    @PreAuthorize("hasRole('MANAGER')")
    String editForm(@PathVariable Long id, Model model, HttpServletRequest request) {
        Action action = actions.get(id);
        ActionForm form = ActionForm.of(action);
        model.addAttribute("unsavedRestored", UnsavedInput.restore(request, form));
        model.addAttribute("form", form);
        return form(action.getRecommendation(), action, model);
    }

    @PostMapping("/actions/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
                  Model model, @AuthenticationPrincipal SignedInUser user) {
        Action action = actions.get(id);
        if (invalid(form, result)) {
            return form(action.getRecommendation(), action, model);
        }
        if (!ConcurrentEditException.saves(() -> actions.update(id, form.getVersion(), form.details(),
                user.displayName()))) {
            model.addAttribute("conflict", action.getModifiedBy());
            model.addAttribute("form", ActionForm.of(action));
            return form(action.getRecommendation(), action, model);
        }
        return "redirect:/actions/" + id;
    }

    private static boolean invalid(ActionForm form, BindingResult result) {
        if (form.targetUnreadable()) {
            result.rejectValue("target", "action.target.unreadable");
        }
        return result.hasErrors();
    }

    private String form(Recommendation recommendation, Action action, Model model) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("action", action);
        model.addAttribute("leads", users.possibleLeads().stream()
                .map(user -> new Option(user.getId(), user.getDisplayName())).toList());
        model.addAttribute("agencies", users.agencies().stream()
                .map(agency -> new Option(agency.getId(), agency.getName())).toList());
        model.addAttribute("statuses", enumOptions.of(ActionStatus.values(), "actionStatus."));
        return FORM;
    }
}
