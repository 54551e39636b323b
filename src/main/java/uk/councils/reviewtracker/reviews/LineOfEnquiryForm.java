package uk.councils.reviewtracker.reviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LineOfEnquiryForm(
        @NotBlank(message = "{lineOfEnquiry.question.required}") @Size(max = 2000, message = "{field.tooLong}")
        String question,
        @Size(max = 4000, message = "{field.tooLong}") String findingSummary) {

    static LineOfEnquiryForm of(LineOfEnquiry line) {
        return new LineOfEnquiryForm(line.getQuestion(), line.getFindingSummary());
    }
}
