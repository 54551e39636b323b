package uk.councils.reviewtracker.imports;

/** A file that cannot be read as a plan at all: the message key says why, in words for the manager. */
public class ImportException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    ImportException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    ImportException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = new Object[0];
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
