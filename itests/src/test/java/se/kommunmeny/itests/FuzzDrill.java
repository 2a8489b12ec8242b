package se.kommunmeny.itests;

/**
 * The long fuzzing drill: the same inputs as {@link FuzzIT} and many more mutations per operation, with the seed
 * from {@code -Dfuzz.seed} (the time when not given; the report names it, so a run can be repeated), the number of
 * mutations from {@code -Dfuzz.mutations} (default 120). Run with
 * {@code mvn verify -pl itests -Pdrills -Dit.test=FuzzDrill}; the figures go to {@code target/fuzz-drill-report.txt}.
 */
public class FuzzDrill extends AbstractFuzz {
    private static final long SEED = Long.getLong("fuzz.seed", System.currentTimeMillis());

    @Override
    protected long seed() {
        return SEED;
    }

    @Override
    protected int mutationsPerOperation() {
        return Integer.getInteger("fuzz.mutations", 120);
    }

    @Override
    protected String reportName() {
        return "fuzz-drill-report.txt";
    }
}
