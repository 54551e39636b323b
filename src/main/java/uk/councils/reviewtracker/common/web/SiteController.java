package uk.councils.reviewtracker.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

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

    /** Asked by the session timeout warning's "Stay signed in": a request is all it takes to keep the session. */
    @GetMapping("/session/keep-alive")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void keepAlive() {
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }
}
