package uk.councils.reviewtracker.common.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** Select options for an enum, labelled from messages.properties ({@code prefix + NAME}). */
@Component
public class EnumOptions {

    private final MessageSourceAccessor messages;

    EnumOptions(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    public List<Option> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values)
                .map(value -> new Option(value.name(),
                        messages.getMessage(prefix + value.name())))
                .toList();
    }
}
