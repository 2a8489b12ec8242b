package se.kommunmeny.core.api.problem;

/** Conflict. */
public class ConflictException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
