package se.kommunmeny.core.api.problem;

/** Not found. */
public class NotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
