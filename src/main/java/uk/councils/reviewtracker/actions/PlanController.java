package uk.councils.reviewtracker.actions;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.UserService;

/** A manager's view of a review's whole plan: sort it, reassign leads, move target dates, approve requests. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class PlanController {

    private final ActionService actions;
    private final ReviewService reviews;
    private final UserService users;

    PlanController(ActionService actions, ReviewService reviews, UserService users) {
        this.actions = actions;
        this.reviews = reviews;
        this.users = users;
    }

    @GetMapping("/reviews/{id}/plan")
    String plan(@PathVariable Long id, @RequestParam(defaultValue = "REF") PlanSort sort,
                @RequestParam(defaultValue = "asc") String dir, Model model) {
        PlanForm form = new PlanForm();
        List<RatedAction> rows = actions.forReview(id);
        Map<Long, Long> leads = new HashMap<>();
        rows.forEach(rated -> leads.put(rated.action().getId(),
                rated.action().getLeadOfficer() == null ? null : rated.action().getLeadOfficer().getId()));
        form.setLeads(leads);
        model.addAttribute("form", form);
        return show(id, sort, dir, rows, model);
    }

    @PostMapping("/reviews/{id}/plan/leads")
    String reassign(@PathVariable Long id, @ModelAttribute("form") PlanForm form,
                    @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Map<Long, Long> ofThisReview = new HashMap<>();
        for (RatedAction rated : actions.forReview(id)) {
            Long actionId = rated.action().getId();
            if (form.getLeads().containsKey(actionId)) {
                ofThisReview.put(actionId, form.getLeads().get(actionId));
            }
        }
        redirect.addFlashAttribute("reassigned", actions.reassign(ofThisReview, user));
        return "redirect:/reviews/" + id + "/plan";
    }

    @PostMapping("/reviews/{id}/plan/targets")
    String moveTargets(@PathVariable Long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
                       @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        form.checkTargetMove(result);
        List<RatedAction> rows = actions.forReview(id);
        if (result.hasErrors()) {
            return show(id, PlanSort.REF, "asc", rows, model);
        }
        List<Long> ofThisReview = rows.stream().map(rated -> rated.action().getId())
                .filter(form.getSelected()::contains).toList();
        actions.moveTargets(ofThisReview, form.target(), form.getReason().strip(), user);
        redirect.addFlashAttribute("moved", ofThisReview.size());
        return "redirect:/reviews/" + id + "/plan";
    }

    /** Approves or declines requested target dates, one or the ticked ones, of this review's actions only. */
    @PostMapping("/reviews/{id}/plan/requests")
    String decideRequests(@PathVariable Long id, @ModelAttribute("requestsForm") TargetRequestsForm requestsForm,
                          @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        List<RatedAction> rows = actions.forReview(id);
        Map<Long, Long> asked = requestsForm.chosen();
        Map<Long, Long> chosen = new HashMap<>();
        rows.stream().map(rated -> rated.action().getId()).filter(asked::containsKey)
                .forEach(actionId -> chosen.put(actionId, asked.get(actionId)));
        if (asked.isEmpty()) {
            model.addAttribute("form", new PlanForm());
            model.addAttribute("requestsUnselected", true);
            return show(id, PlanSort.REF, "asc", rows, model);
        }
        TargetDecisions decisions = actions.decideRequestedTargets(chosen, requestsForm.approving(), user);
        redirect.addFlashAttribute(requestsForm.approving() ? "approved" : "declined", decisions.decided());
        if (!decisions.changed().isEmpty()) {
            redirect.addFlashAttribute("requestConflicts", decisions.changed());
        }
        return "redirect:/reviews/" + id + "/plan";
    }

    private String show(Long id, PlanSort sort, String dir, List<RatedAction> rows, Model model) {
        boolean descending = "desc".equals(dir);
        Comparator<RatedAction> order = descending ? sort.order().reversed() : sort.order();
        model.addAttribute("review", reviews.get(id));
        model.addAttribute("rows", rows.stream().sorted(order).toList());
        model.addAttribute("requests", rows.stream().filter(r -> r.action().getRequestedTarget() != null).toList());
        if (!model.containsAttribute("requestsForm")) {
            model.addAttribute("requestsForm", new TargetRequestsForm());
        }
        model.addAttribute("sort", sort);
        model.addAttribute("descending", descending);
        model.addAttribute("sorts", PlanSort.values());
        model.addAttribute("leadOptions", users.possibleLeads().stream()
                .map(lead -> new Option(lead.getId(), lead.getDisplayName())).toList());
        return "actions/plan";
    }
}
