package se.kommunmeny.core.api.problem;

import java.util.List;

/** A problem the caller can understand and act on. */
public abstract class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ProblemException(String message) {
        super(message, null, false, false);
    }

    /** HTTP status of the problem. */
    public abstract int status();

    /** Short machine-readable code; the last segment of the problem type and the SOAP fault code. */
    public abstract String code();

    /** Human title of the problem type. */
    public abstract String title();

    /** Field-level problems, empty unless the input was invalid. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}
