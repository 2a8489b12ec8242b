package se.kommunmeny.itests;

import java.time.Duration;
import java.util.List;

/**
 * Fault drills on the distribution as an operator runs it ({@code bin/karaf server}, see {@link KarafProcess}) with
 * the four offerings and the examples: waits and look-ups they share.
 */
public abstract class AbstractOperatorInstanceIT extends KommunmenyTestSupport {
    static final String OFFERINGS = "treatment-plan, housing-support, employment-support, support-groups";
    static final List<String> OFFERING_NAMES = List.of("treatment-plan", "housing-support", "employment-support",
            "support-groups");

    protected KarafProcess karaf;

    @Override
    protected String base() {
        return "http://127.0.0.1:" + karaf.httpPort() + "/kommunmeny";
    }

    /** Health 200 and every offering installed (fails at once if the Karaf process is gone). */
    protected void awaitReadyWithOfferings(Duration timeout) {
        await("health UP with the four offerings", timeout, () -> {
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf exited; see " + karaf.home().resolve("data/log/karaf.log"));
            }
            try {
                Answer a = get(OPERATOR, "/api/health");
                return a.status() == 200 && OFFERING_NAMES.stream().allMatch(a.body()::contains);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The example programme, kinds and group programme are bound a moment after "ready" on a fresh instance. */
    protected void awaitExamples() {
        await("the examples' programme, kinds and group programme", Duration.ofSeconds(60), () ->
                get(BEHANDLARE, "/api/treatment-plan/programmes/kbt-12").status() == 200
                        && get(ENHETSCHEF, "/api/housing-support/kinds").body().contains("traningslagenhet")
                        && get(ENHETSCHEF, "/api/employment-support/kinds").body().contains("arbetstraning")
                        && get(ENHETSCHEF, "/api/support-groups/programmes").body().contains("dropp"));
    }
}
