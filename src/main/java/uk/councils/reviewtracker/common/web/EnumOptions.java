package uk.councils.reviewtracker.common.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Select options for an enum, labelled from messages.properties ({@code prefix + NAME}). */
@Component
public class EnumOptions {

    private final MessageSource messages;

    EnumOptions(MessageSource messages) {
        this.messages = messages;
    }

    public List<Option> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values)
                .map(value -> new Option(value.name(),
                        messages.getMessage(prefix + value.name(), null, LocaleContextHolder.getLocale())))
                .toList();
    }
}
