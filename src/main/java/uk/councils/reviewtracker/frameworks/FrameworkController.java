package uk.councils.reviewtracker.frameworks;

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

@Controller
@RequestMapping("/frameworks")
class FrameworkController {

    private final FrameworkService frameworks;

    FrameworkController(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return "frameworks/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("framework", frameworks.get(id));
        return "frameworks/show";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('MANAGER')")
    String newForm(Model model) {
        model.addAttribute("form", FrameworkForm.empty());
        return "frameworks/form";
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    String create(@Valid @ModelAttribute("form") FrameworkForm form, BindingResult result) {
        if (!result.hasFieldErrors("name") && frameworks.nameTaken(form.name())) {
            result.rejectValue("name", "framework.name.taken");
        }
        if (result.hasErrors()) {
            return "frameworks/form";
        }
        Framework framework = frameworks.create(form.name(), form.description(), form.themeNames());
        return "redirect:/frameworks/" + framework.getId();
    }
}
