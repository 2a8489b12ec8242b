package se.kommunmeny.core.api.problem;

/** Access denied. */
public class AccessDeniedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String code() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Access denied";
    }
}
