package se.kommunmeny.treatmentplan.internal.assessment;

import java.util.List;

/** Cut-off data that cannot be read or does not validate; the message lists every problem found. */
public class InvalidCutOffsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidCutOffsException(String origin, List<String> problems) {
        super("The assessment cut-offs " + origin + " are refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
