package se.kommunmeny.itests;

/**
 * The fuzzing suite in the README's test command: every REST and SOAP operation with a fixed seed and a few mutations
 * each (a few thousand inputs, a few minutes). The figures go to {@code target/fuzz-report.txt}.
 */
public class FuzzIT extends AbstractFuzz {
    @Override
    protected long seed() {
        return 20261122L;
    }

    @Override
    protected int mutationsPerOperation() {
        return 8;
    }

    @Override
    protected String reportName() {
        return "fuzz-report.txt";
    }
}
