package uk.councils.reviewtracker.users;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own settings: whether they get the reminder digest by email, and when it last went out. */
@Controller
@RequestMapping("/settings")
@PreAuthorize("isAuthenticated()")
class SettingsController {

    private final UserService users;
    private final DigestHistory digests;

    SettingsController(UserService users, DigestHistory digests) {
        this.users = users;
        this.digests = digests;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser signedIn, Model model) {
        User user = users.get(signedIn.id());
        model.addAttribute("form", SettingsForm.of(user));
        model.addAttribute("account", user);
        model.addAttribute("digests", digests.byUser().getOrDefault(user.getId(), List.of()));
        return "account/settings";
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser signedIn, @ModelAttribute("form") SettingsForm form,
                RedirectAttributes redirect) {
        users.setDigestEnabled(signedIn.id(), form.isDigestEnabled());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings";
    }
}
