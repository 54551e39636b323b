package uk.councils.reviewtracker.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 @RequestParam(required = false) String wait, @RequestParam(required = false) String expired,
                 Model model) {
        model.addAttribute("failed", error != null || wait != null);
        model.addAttribute("failure", wait != null ? "login.throttled" : "login.failed");
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        return "site/login";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }
}
