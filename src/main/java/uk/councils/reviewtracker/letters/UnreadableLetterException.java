package uk.councils.reviewtracker.letters;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The uploaded file gives no text to read. {@link #messageKey()} names the explanation in messages.properties;
 * {@link #arguments()} fill it in (for a file that is not what its name says: its name, what the name claims and
 * what the content is).
 */
public class UnreadableLetterException extends Exception {

    /** Why a file cannot be read, each with the message a manager sees. */
    public enum Problem {
        EMPTY, UNSUPPORTED, MISLABELLED, ENCRYPTED, NO_TEXT, DAMAGED, TOO_LARGE, UNPACKS_TOO_LARGE, TOO_MANY_PARAGRAPHS,
        TOO_MUCH_TEXT, TOO_MUCH_MARKUP, TOO_MANY_PAGES, TOO_COMPLEX
    }

    private final Problem problem;
    private final transient Object[] arguments;

    public UnreadableLetterException(Problem problem, Object... arguments) {
        super(problem.name());
        this.problem = problem;
        this.arguments = arguments;
    }

    public UnreadableLetterException(Problem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
        this.arguments = new Object[0];
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return "letters.problem." + problem.name();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The arguments for the message, formats named in words ("Word (.docx)") from messages.properties. */
    public Object[] messageArguments() {
        Object[] message = arguments();
        if (problem == Problem.MISLABELLED) {
            for (int i = 1; i < message.length; i++) {
                message[i] = new DefaultMessageSourceResolvable("letters.format." + message[i]);
            }
        }
        return message;
    }
}
