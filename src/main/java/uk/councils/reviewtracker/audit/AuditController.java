package uk.councils.reviewtracker.audit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.common.web.PageOf;

/** Administrators read who changed what, filtered by person, record and dates, a page at a time. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    static final String SYSTEM = "system";

    private final AuditTrail trail;
    private final AuditWording wording;
    private final PersonNames people;
    private final EnumOptions enumOptions;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    AuditController(AuditTrail trail, AuditWording wording, PersonNames people, EnumOptions enumOptions,
                    MessageSourceAccessor messages, Clock clock) {
        this.trail = trail;
        this.wording = wording;
        this.people = people;
        this.enumOptions = enumOptions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String search(@Valid @ModelAttribute("form") AuditFilterForm form, BindingResult result,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        form.checkDates(result);
        Map<String, String> names = people.byUsername();
        model.addAttribute("people", choices(names));
        model.addAttribute("types", enumOptions.of(RecordType.values(), "auditRecord."));
        model.addAttribute("filtered", form.isFiltered());
        if (!result.hasErrors()) {
            AuditQuery query = form.query(clock.getZone());
            Page<AuditEvent> events = trail.search(query, page);
            if (page > events.getTotalPages() && events.getTotalPages() > 0) {
                events = trail.search(query, events.getTotalPages());
            }
            model.addAttribute("page", PageOf.of(events.map(event -> entry(event, names))));
            model.addAttribute("showingFrom", events.getPageable().getOffset() + 1);
            model.addAttribute("showingTo", events.getPageable().getOffset() + events.getNumberOfElements());
        }
        return "admin/audit";
    }

    /** Everyone by name (with their username, as two people can share a name), and the system. */
    private List<Option> choices(Map<String, String> names) {
        List<Option> choices = new ArrayList<>();
        names.forEach((username, name) -> choices.add(new Option(username, name + " (" + username + ")")));
        choices.add(new Option(SYSTEM,
                messages.getMessage("audit.filter.system")));
        return choices;
    }

    private AuditEntry entry(AuditEvent event, Map<String, String> names) {
        String who = event.getCreatedBy();
        return new AuditEntry(event.getCreatedAt(), SYSTEM.equals(who) ? null : names.getOrDefault(who, who),
                wording.plain(event.getDescription()), RecordType.of(event.getSubject()).orElse(null),
                event.getSubjectId());
    }
}
