package uk.councils.reviewtracker.users;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;

/** Administrators manage who can sign in and what they may do. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "admin/user-form";

    private final UserService users;
    private final EnumOptions enumOptions;
    private final DigestHistory digests;

    UserAdminController(UserService users, EnumOptions enumOptions, DigestHistory digests) {
        this.users = users;
        this.enumOptions = enumOptions;
        this.digests = digests;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("digests", digests.byUser());
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UserForm());
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model) {
        form.checkPassword(true, result);
        if (!result.hasFieldErrors("username") && users.usernameTaken(form.getUsername(), null)) {
            result.rejectValue("username", "user.username.taken");
        }
        if (result.hasErrors()) {
            return form(null, model);
        }
        users.create(form.details());
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        User user = users.get(id);
        model.addAttribute("form", UserForm.of(user));
        return form(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
                  Model model) {
        User user = users.get(id);
        form.setUsername(user.getUsername());
        form.checkPassword(false, result);
        if (result.hasErrors()) {
            return form(user, model);
        }
        users.update(id, form.details());
        return "redirect:/admin/users";
    }

    private String form(User user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", enumOptions.of(Role.values(), "role."));
        model.addAttribute("agencies", users.agencies().stream()
                .map(agency -> new Option(agency.getId(), agency.getName())).toList());
        return FORM;
    }
}
