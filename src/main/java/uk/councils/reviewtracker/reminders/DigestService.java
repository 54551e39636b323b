package uk.councils.reviewtracker.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSender;
import org.springframework.stereotype.Service;

/**
 * Sends the digests due now. Each is claimed before it is sent and marked sent only after the mail server accepted
 * it, so a digest already sent in its period is never sent again, and a failed one is tried again by the next run.
 * Not transactional: the SMTP conversation holds no database connection or lock.
 */
@Service
class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final DigestComposer composer;
    private final DigestDeliveries deliveries;
    private final DigestMail mail;
    private final MailSender mailSender;

    DigestService(DigestComposer composer, DigestDeliveries deliveries, DigestMail mail, MailSender mailSender) {
        this.composer = composer;
        this.deliveries = deliveries;
        this.mail = mail;
        this.mailSender = mailSender;
    }

    DigestRun sendDue() {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Digest digest : composer.due()) {
            if (!deliveries.claim(digest)) {
                skipped++;
                continue;
            }
            try {
                mailSender.send(mail.render(digest));
                deliveries.sent(digest);
                sent++;
            } catch (RuntimeException e) {
                deliveries.failed(digest, e);
                failed++;
                log.warn("Reminder digest {} {} for user id {} failed; the next run tries again: {}",
                        digest.kind(), digest.period(), digest.userId(), e.toString());
            }
        }
        DigestRun run = new DigestRun(sent, failed, skipped);
        log.info("Reminder digests: {} sent, {} failed, {} already sent or being sent", sent, failed, skipped);
        return run;
    }
}
