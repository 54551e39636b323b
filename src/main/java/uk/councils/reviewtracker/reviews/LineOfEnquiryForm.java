package uk.councils.reviewtracker.reviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class LineOfEnquiryForm {

    @NotBlank(message = "{lineOfEnquiry.question.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    private String question;
    @Size(max = 4000, message = "{field.tooLong}")
    private String findingSummary;

    public LineOfEnquiryForm() {
    }

    LineOfEnquiryForm(String question, String findingSummary) {
        this.question = question;
        this.findingSummary = findingSummary;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getFindingSummary() {
        return findingSummary;
    }

    public void setFindingSummary(String findingSummary) {
        this.findingSummary = findingSummary;
    }

    static LineOfEnquiryForm of(LineOfEnquiry line) {
        return new LineOfEnquiryForm(line.getQuestion(), line.getFindingSummary());
    }
}
