package uk.councils.reviewtracker.briefings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import uk.councils.reviewtracker.common.Text;

/** The meeting a briefing is for, and, once it exists, its narrative sections. */
class BriefingForm {

    static final int SECTION_LIMIT = 10000;

    @NotNull(message = "{briefing.template.required}")
    private BriefingTemplate template = BriefingTemplate.PROGRESS_UPDATE;
    @NotBlank(message = "{briefing.meetingName.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String meetingName;
    @NotNull(message = "{briefing.meetingDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;
    @NotBlank(message = "{briefing.authorName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String author;
    @Size(max = 300, message = "{field.tooLong}")
    private String addressedTo;
    @Size(max = 300, message = "{field.tooLong}")
    private String subject;
    private Map<String, String> sections = new LinkedHashMap<>();
    private long version;

    public BriefingForm() {
    }

    static BriefingForm of(Briefing briefing) {
        BriefingForm form = new BriefingForm();
        form.template = briefing.getTemplate();
        form.meetingName = briefing.getMeetingName();
        form.meetingDate = briefing.getMeetingDate();
        form.author = briefing.getAuthor();
        form.addressedTo = briefing.getAddressedTo();
        form.subject = briefing.getSubject();
        briefing.getSections().forEach(section -> form.sections.put(section.getKey(), section.getBody()));
        form.version = briefing.getVersion();
        return form;
    }

    void checkSections(Errors errors) {
        sections.forEach((key, body) -> {
            if (body != null && body.length() > SECTION_LIMIT) {
                errors.rejectValue("sections[" + key + "]", "briefing.section.tooLong");
            }
        });
    }

    BriefingDetails details() {
        return new BriefingDetails(template, meetingName.strip(), meetingDate, author.strip(), Text.blankToNull(addressedTo),
                Text.blankToNull(subject));
    }


    public BriefingTemplate getTemplate() {
        return template;
    }

    public void setTemplate(BriefingTemplate template) {
        this.template = template;
    }

    public String getMeetingName() {
        return meetingName;
    }

    public void setMeetingName(String meetingName) {
        this.meetingName = meetingName;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public void setAddressedTo(String addressedTo) {
        this.addressedTo = addressedTo;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
