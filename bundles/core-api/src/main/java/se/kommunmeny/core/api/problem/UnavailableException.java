package se.kommunmeny.core.api.problem;

/** Service unavailable. */
public class UnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String code() {
        return "unavailable";
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
