package se.kommunmeny.core.api.problem;

import java.util.ArrayList;
import java.util.List;

/** The input is invalid; nothing was changed. */
public class ValidationException extends ProblemException {
    private static final long serialVersionUID = 1L;
    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation problem needs at least one field problem");
        }
        return problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " fields are invalid.";
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "validation";
    }

    @Override
    public String title() {
        return "The input is invalid";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }

    /** Collects field problems and throws them together. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String message) {
            problems.add(new FieldProblem(field, message));
            return this;
        }

        public Collector require(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "is required");
            }
            return this;
        }

        public Collector maxLength(String field, String value, int max) {
            if (value != null && value.length() > max) {
                add(field, "must be at most " + max + " characters");
            }
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }
    }
}
