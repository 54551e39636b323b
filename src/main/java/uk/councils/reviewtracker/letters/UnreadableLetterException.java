package uk.councils.reviewtracker.letters;

/**
 * The uploaded file gives no text to read. {@link #messageKey()} names the explanation in messages.properties;
 * {@link #arguments()} fill it in (for a file that is not what its name says: its name, what the name claims and
 * what the content is).
 */
public class UnreadableLetterException extends Exception {

    /** Why a file cannot be read, each with the message a manager sees. */
    public enum Problem {
        EMPTY, UNSUPPORTED, MISLABELLED, ENCRYPTED, NO_TEXT, DAMAGED, TOO_LARGE
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
}
