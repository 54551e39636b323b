package uk.councils.reviewtracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;

/** Without an SMTP server (the embedded default) mail is written to the log, never sent. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingMailSenderTest {

    @Test
    void writesTheMailToTheLog(CapturedOutput output) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setTo("olu.officer@example.org");
        mail.setSubject("Reminder: 1 action needs your attention");
        mail.setText("Dear Olu Officer,");

        new MailConfig.LoggingMailSender().send(mail);

        assertThat(output).contains("was not sent", "To: olu.officer@example.org",
                "Subject: Reminder: 1 action needs your attention", "Dear Olu Officer,");
    }
}
