package uk.councils.reviewtracker.reminders;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A digest as a plain-text email, from the text templates in {@code templates/mail/} with the wording in
 * messages.properties. Links point at the service's public address; they carry ids only, never names.
 */
@Component
class DigestMail {

    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final ReminderProperties properties;
    private final String serviceName;

    DigestMail(MessageSource messages, ReminderProperties properties, @Value("${app.service-name}") String serviceName) {
        this.templates = textTemplates(messages);
        this.messages = messages;
        this.properties = properties;
        this.serviceName = serviceName;
    }

    SimpleMailMessage render(Digest digest) {
        Context context = new Context(Locale.UK);
        context.setVariable("digest", digest);
        context.setVariable("windowDays", properties.windowDays());
        context.setVariable("baseUrl", baseUrl());
        context.setVariable("serviceName", serviceName);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(digest.email());
        mail.setSubject(messages.getMessage("digest.subject." + digest.kind(),
                new Object[] {digest.actionCount(), serviceName}, Locale.UK));
        mail.setText(templates.process(digest.kind().name().toLowerCase(Locale.ROOT), context));
        return mail;
    }

    private String baseUrl() {
        String url = properties.linkBaseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Outside MVC, so not Spring Boot's HTML engine: plain text, no escaping, the same messages. */
    private static SpringTemplateEngine textTemplates(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
